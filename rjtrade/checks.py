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
from itertools import combinations

import pandas as pd

from .intervals import INF, add, divide, hull, overlap, ratio_to_percent
from .obstable import observations
from .schema import AUDIT_COLUMNS, MIRROR_FLOW, USSR_LAST_YEAR

# Mirror statistics legitimately differ (CIF/FOB valuation, timing, re-exports); the
# ERINA source (erina_4789) notes Russian Goskomstat figures run 20-35 % below others.
MIRROR_TOLERANCE = 0.35


def finding(check, claim, obs_ids, implied, stated, unit, verdict=None, detail="") -> dict:
    if verdict is None:
        verdict = "consistent" if overlap(implied, stated) else "inconsistent"
    return {
        "check": check, "claim": claim, "obs_ids": ";".join(obs_ids),
        "implied_low": implied[0], "implied_high": implied[1],
        "stated_low": stated[0], "stated_high": stated[1], "unit": unit, "verdict": verdict, "detail": detail,
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
        isinstance(a["derived_from"], str) and b["obs_id"] in a["derived_from"].split(";")
        for a, b in ((row, other), (other, row))
    )


def levels(obs: pd.DataFrame) -> pd.DataFrame:
    return obs[(obs["measure"] == "value") & obs["year"].notna()]


def matching(table: pd.DataFrame, **key) -> pd.DataFrame:
    mask = pd.Series(True, index=table.index)
    for column, value in key.items():
        mask &= table[column].isna() if pd.isna(value) else (table[column] == value)
    return table[mask]


def predecessor(economy: str, year: int) -> str:
    """Russia's figures for years before 1992 are the USSR's."""
    return "SUN" if economy == "RUS" and year <= USSR_LAST_YEAR else economy


def level_key(row, year=None, partner=None, flow=None) -> dict:
    year = int(row["year"]) if year is None else year
    return {
        "economy": predecessor(row["economy"], year), "partner": predecessor(partner or row["partner"], year),
        "flow": flow or row["flow"], "year": year, "period": row["period"], "commodity": row["commodity"],
    }


# --- growth stated versus levels stated --------------------------------------------------
def check_growth(obs: pd.DataFrame):
    lv = levels(obs)
    for _, g in obs[(obs["measure"] == "growth") & (obs["status"] == "stated")].iterrows():
        claim = f"{g['economy']}-{g['partner']} {g['flow']} {g['period']} {g['year']} vs {g['base_year']}: {g['as_written']}"
        now = [r for _, r in matching(lv, **level_key(g)).iterrows() if not uses(r, g)]
        before = [r for _, r in matching(lv, **level_key(g, year=int(g["base_year"]))).iterrows() if not uses(r, g)]
        pairs = [(a, b) for a in now for b in before if a["currency"] == b["currency"]]
        if not pairs:
            yield finding("growth_vs_levels", claim, [g["obs_id"]], (math.nan, math.nan), interval(g), "percent",
                          "unverifiable", f"no pair of independent levels for {g['year']} and {g['base_year']}")
        for a, b in pairs:
            implied = ratio_to_percent(divide(interval(a), interval(b)))
            yield finding("growth_vs_levels", claim, [g["obs_id"], a["obs_id"], b["obs_id"]], implied, interval(g), "percent",
                          detail=f"{a['obs_id']} {fmt_interval(interval(a))} over {b['obs_id']} {fmt_interval(interval(b))} "
                                 f"implies growth {fmt_interval(implied)} %; stated {fmt_interval(interval(g))} %")


# --- parts versus totals --------------------------------------------------------------------
def check_parts(obs: pd.DataFrame):
    lv = levels(obs)
    keys = ["source_id", "economy", "partner", "year", "period", "currency", "status"]
    for key, group in lv[lv["commodity"].isna()].groupby(keys, dropna=False):
        flows = {r["flow"]: r for _, r in group.iterrows()}
        if not {"export", "import", "turnover"} <= set(flows):
            continue
        e, i, t = flows["export"], flows["import"], flows["turnover"]
        implied = add(interval(e), interval(i))
        yield finding("parts_vs_total", f"{t['economy']}-{t['partner']} {t['period']} {t['year']}: exports + imports = turnover",
                      [e["obs_id"], i["obs_id"], t["obs_id"]], implied, interval(t), t["currency"],
                      detail=f"{fmt_interval(interval(e))} + {fmt_interval(interval(i))} = {fmt_interval(implied)}; "
                             f"turnover {fmt_interval(interval(t))} ({t['status']})")


# --- multiples -------------------------------------------------------------------------------
def _base_levels(lv: pd.DataFrame, m) -> tuple[list, str]:
    """Levels the multiple is relative to, and how they were chosen."""
    if pd.notna(m["base_year"]):
        first, last = int(m["base_year"]), int(m["base_year_to"]) if pd.notna(m["base_year_to"]) else int(m["base_year"])
        rows = [r for y in range(first, last + 1) for _, r in matching(lv, **level_key(m, year=y)).iterrows()]
        rows = [r for r in rows if not uses(r, m) and r["status"] == "stated"]
        return rows, ("span" if last > first else "year")
    if isinstance(m["base_partner"], str) and pd.notna(m["year"]):
        key = level_key(m, partner=m["base_partner"])
        direct = list(matching(lv, **key).iterrows())
        mirror = list(matching(lv, **{**key, "economy": key["partner"], "partner": key["economy"],
                                       "flow": MIRROR_FLOW[m["flow"]]}).iterrows())
        return [r for _, r in direct + mirror], "partner"
    return [], "none"


def check_multiples(obs: pd.DataFrame):
    lv = levels(obs)
    for _, m in obs[(obs["measure"] == "multiple") & (obs["status"] == "stated")].iterrows():
        claim = f"{m['economy']}-{m['partner']} {m['flow']}: {m['as_written']} ({m['obs_id']})"
        if isinstance(m["base_flow"], str):
            yield from _flow_multiple(lv, m, claim)
            continue
        if pd.isna(m["year"]):
            continue
        targets = [r for _, r in matching(lv, **level_key(m)).iterrows() if not uses(r, m)]
        bases, kind = _base_levels(lv, m)
        if kind == "span" and bases:
            bases = [{"obs_id": "+".join(b["obs_id"] for b in bases), "low": hull(interval(b) for b in bases)[0],
                      "high": hull(interval(b) for b in bases)[1], "currency": bases[0]["currency"]}]
        pairs = [(t, b) for t in targets for b in bases if t["currency"] == b["currency"]]
        if not pairs:
            yield finding("multiple", claim, [m["obs_id"]], (math.nan, math.nan), interval(m), "times", "unverifiable",
                          "no independent level for one side of the ratio")
        context = " (year taken from context, not written)" if m["year_basis"] == "context" else ""
        for t, b in pairs:
            implied = divide(interval(t), interval(b))
            yield finding("multiple", claim, [m["obs_id"], t["obs_id"], b["obs_id"]], implied, interval(m), "times",
                          detail=f"{t['obs_id']} {fmt_interval(interval(t))} over {b['obs_id']} {fmt_interval(interval(b))}"
                                 f" = {fmt_interval(implied)}{context}")


def _flow_multiple(lv: pd.DataFrame, m, claim: str):
    """'Imports nearly twice exports' with no year: shown against every period both are known, unverifiable."""
    found = False
    for (year, period, source), group in lv[(lv["economy"] == m["economy"]) & (lv["partner"] == m["partner"])
                                            & lv["commodity"].isna()].groupby(["year", "period", "source_id"]):
        flows = {r["flow"]: r for _, r in group.iterrows()}
        if m["flow"] in flows and m["base_flow"] in flows:
            a, b = flows[m["flow"]], flows[m["base_flow"]]
            implied = divide(interval(a), interval(b))
            found = True
            yield finding("multiple", claim, [m["obs_id"], a["obs_id"], b["obs_id"]], implied, interval(m), "times",
                          "unverifiable",
                          f"the claim has no year; in {period} {year} the ratio was {fmt_interval(implied)}"
                          + ("" if overlap(implied, interval(m)) else " (would not fit)"))
    if not found:
        yield finding("multiple", claim, [m["obs_id"]], (math.nan, math.nan), interval(m), "times", "unverifiable",
                      "no period with both flows known")


# --- records -----------------------------------------------------------------------------------
def check_records(obs: pd.DataFrame):
    lv = levels(obs)
    for _, r in obs[obs["claim"] == "record_high"].iterrows():
        year = int(r["year"])
        earlier = lv[(lv["year"] < year) & (lv["flow"] == r["flow"]) & (lv["period"] == r["period"])
                     & lv["commodity"].isna() & (lv["currency"] == r["currency"])]
        earlier = earlier[[
            (e["economy"], e["partner"]) == (predecessor(r["economy"], int(e["year"])), r["partner"])
            for _, e in earlier.iterrows()
        ]]
        for _, e in earlier.iterrows():
            verdict = "consistent" if r["high"] > e["low"] else "inconsistent"
            yield finding("record", f"{r['economy']}-{r['partner']} {r['flow']} {year} is a record high ({r['obs_id']})",
                          [r["obs_id"], e["obs_id"]], (e["low"], e["high"]), interval(r), r["currency"], verdict,
                          f"{year} {fmt_interval(interval(r))} must exceed {int(e['year'])} {fmt_interval(interval(e))}")


# --- share totals ---------------------------------------------------------------------------
def check_shares(obs: pd.DataFrame):
    shares = obs[obs["measure"] == "commodity_share"]
    for key, group in shares.groupby(["source_id", "economy", "partner", "flow", "period", "year"], dropna=False):
        total = (group["low"].sum(), group["high"].sum())
        source, economy, partner, flow, period, year = key
        yield finding("share_total", f"{source} {economy}-{partner} {flow} shares ({period} {'' if pd.isna(year) else int(year)}) total at most 100 %",
                      list(group["obs_id"]), total, (0.0, 100.0), "percent",
                      "consistent" if total[0] <= 100 else "inconsistent",
                      f"{len(group)} shares sum to {fmt_interval(total)} %; remainder {fmt_interval((100 - total[1], 100 - total[0]))} %")


# --- the same figure from different statements ---------------------------------------------------
SAME_KEY = ["economy", "partner", "flow", "measure", "period", "commodity"]


def check_same_year(obs: pd.DataFrame):
    candidates = obs[obs["measure"].isin(["value", "share_of_total"])]
    for _, group in candidates.groupby(SAME_KEY, dropna=False):
        for (_, a), (_, b) in combinations(group.iterrows(), 2):
            if uses(a, b) or not (pd.isna(a["year"]) or pd.isna(b["year"]) or a["year"] == b["year"]):
                continue
            claim = f"{a['economy']}-{a['partner']} {a['flow']} {a['measure']} {'' if pd.isna(a['year']) else int(a['year'])}: {a['obs_id']} vs {b['obs_id']}"
            ids, ia, ib = [a["obs_id"], b["obs_id"]], interval(a), interval(b)
            if pd.isna(a["year"]) or pd.isna(b["year"]):
                yield finding("same_year", claim, ids, ia, ib, a["unit"], "unverifiable",
                              "one of the two has no year" + ("" if overlap(ia, ib) else "; the values would not fit the same year"))
            elif a["currency"] != b["currency"]:
                yield finding("same_year", claim, ids, ia, ib, a["unit"], "unverifiable", f"currencies differ ({a['currency']}, {b['currency']})")
            elif "context" in (a["year_basis"], b["year_basis"]):
                yield finding("same_year", claim, ids, ia, ib, a["currency"] or a["unit"], "unverifiable",
                              f"{fmt_interval(ia)} vs {fmt_interval(ib)}; one year is inferred from context, not written"
                              + ("" if overlap(ia, ib) else " (the values differ beyond rounding)"))
            else:
                yield finding("same_year", claim, ids, ia, ib, a["currency"] or a["unit"],
                              detail=f"{a['obs_id']} ({a['reported_by']}, {a['status']}) {fmt_interval(ia)} vs "
                                     f"{b['obs_id']} ({b['reported_by']}, {b['status']}) {fmt_interval(ib)}")


# --- mirror figures -----------------------------------------------------------------------------
def check_mirrors(obs: pd.DataFrame):
    lv = levels(obs)
    lv = lv[lv["commodity"].isna() & lv["flow"].isin(list(MIRROR_FLOW)) & (lv["status"] == "stated")]
    for _, a in lv[lv["economy"].isin(["SUN", "RUS"])].iterrows():
        mirrors = matching(lv, economy=a["partner"], partner=a["economy"], flow=MIRROR_FLOW[a["flow"]],
                           year=a["year"], period=a["period"])
        for _, b in mirrors.iterrows():
            claim = f"{a['economy']} {a['flow']} {int(a['year'])} ({a['reported_by']}) vs {b['economy']} {b['flow']} ({b['reported_by']})"
            ids = [a["obs_id"], b["obs_id"]]
            if a["currency"] != b["currency"]:
                yield finding("mirror_gap", claim, ids, interval(a), interval(b), "money", "unverifiable",
                              f"currencies differ ({a['currency']}, {b['currency']})")
                continue
            implied = (a["low"] * (1 - MIRROR_TOLERANCE), a["high"] * (1 + MIRROR_TOLERANCE))
            gap = (b["value"] / a["value"] - 1) * 100
            yield finding("mirror_gap", claim, ids, implied, interval(b), a["currency"],
                          detail=f"gap {gap:+.1f} % of the {a['economy']} figure; tolerance +-{MIRROR_TOLERANCE:.0%}")


CHECKS = (check_growth, check_parts, check_multiples, check_records, check_shares, check_same_year, check_mirrors)


def audit(obs: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per check over every related pair of statements, with a verdict."""
    obs = observations() if obs is None else obs
    rows = [row for check in CHECKS for row in check(obs)]
    return pd.DataFrame(rows, columns=AUDIT_COLUMNS)
