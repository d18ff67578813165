"""Claims checked against the record (the official backbone), one verdict per claim and
reporter basis: consistent, inconsistent or unverifiable, with the backbone's figure, its
source, whose statistics it is, and the gap.

Pure functions of tables: `observations` (rjtrade's observation table), `backbone` (the views
of rjtrade.analyses.backbone stacked, for the USSR/Russia joined and for China) and, for
share claims, `shares` (backbone.trade_shares). Interval arithmetic goes through
rjtrade.intervals; a claim is inconsistent only when no reading of its written digits meets
the backbone's interval.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .. import intervals
from ..analyses.backbone import official_tables as backbone_tables
from ..schema import (
    ARTICLE_CHECK_COLUMNS,
    MIRROR_FLOW,
    MIXED,
    PARTIAL_YEAR_MAX_QUARTER_RATIO,
    RUSSIA_OR_USSR,
    SOURCE_REPORTER_CORRECTIONS,
    TRADE_FLOWS,
    USSR_LAST_YEAR,
    economy_in,
)
from .verdicts import weigh

ARTICLE = ("article_th",)
QUARTERS_IN_JAN_SEP = 3


def japan_side(economy: str, partner: str, flow: str, year) -> tuple[str, str]:
    """The backbone's partner and flow (Japan's side) of a figure stated from either side."""
    if economy == "JPN":
        other, side_flow = partner, flow
    else:
        other, side_flow = economy, MIRROR_FLOW.get(flow, flow)
    if year is not None and not pd.isna(year):
        other = economy_in(other, int(year))
    return other, side_flow


def _verdict(claim: tuple[float, float], figure: tuple[float, float]) -> str:
    """Consistent when some reading of the claim meets the figure; unverifiable without one."""
    if any(math.isnan(x) for x in figure):
        return "unverifiable"
    return "consistent" if intervals.overlap(claim, figure) else "inconsistent"


def as_written(obs) -> str:
    """The claim as the source writes it; for a figure derived from others, how it was
    derived ('implied by ...', else its method)."""
    for key in ("as_written", "note", "method"):
        text = obs.get(key)
        if isinstance(text, str) and text.strip():
            return text
    return "derived figure"


def billions(interval: tuple[float, float]) -> str:
    """'[3.91, 3.91] bn', or '2.31 bn or more' with no upper bound."""
    if math.isinf(interval[1]):
        return f"{interval[0] / 1e9:.2f} bn or more"
    return f"[{interval[0] / 1e9:.2f}, {interval[1] / 1e9:.2f}] bn"


# The claim's measure and period in a reader's words where the code is not one.
MEASURE_WORDS = {
    "share_of_total": "share of total trade",
    "commodity_share": "commodity share",
    "avg_annual_growth": "average annual growth",
    "investment_stock": "investment stock",
    "direct_investment": "direct investment",
}
PERIOD_WORDS = {"unstated": "period not stated"}


def what_of(obs) -> str:
    """'turnover value, annual': the claim's flow, measure and period, those it states, in
    words ('share of total trade, period not stated')."""
    said = [obs.get(k) for k in ("flow", "measure", "period")]
    said = [x if isinstance(x, str) and x else "" for x in said]
    flow, measure, period = (MEASURE_WORDS.get(x, x) for x in said)
    what = " ".join(x for x in (flow, measure) if x)
    return ", ".join(x for x in (what, PERIOD_WORDS.get(period, period)) if x)


def cited(obs) -> str:
    """'source (locator)', or the source alone for a figure with no locator (derived)."""
    locator = obs.get("locator")
    has_locator = isinstance(locator, str) and locator.strip()
    return f"{obs['source_id']} ({locator})" if has_locator else str(obs["source_id"])


def _row(obs, basis, reported_by, figure, source, detail, verdict=None, **extra) -> dict:
    """One finding of a claim against a figure: the figure, its source and basis, gap, verdict."""
    claim = (float(obs["low"]), float(obs["high"]))
    value, low, high = figure
    return {
        "obs_id": obs["obs_id"],
        "claim": f"{as_written(obs)} ({what_of(obs)})",
        "year": obs["year"],
        "basis": basis,
        "reported_by": reported_by,
        "stated_low": claim[0],
        "stated_high": claim[1],
        "backbone_value": value,
        "backbone_low": low,
        "backbone_high": high,
        "backbone_source": source,
        "gap": value - float(obs["value"]) if not math.isnan(value) else math.nan,
        "verdict": verdict or _verdict(claim, (low, high)),
        "years_consistent": extra.get("years_consistent", ""),
        "years_inconsistent": extra.get("years_inconsistent", ""),
        "detail": detail,
        "flag": bool(extra.get("flag", False)),
        "flag_reason": extra.get("flag_reason", ""),
    }


def flag_of(*rows) -> dict:
    """The anomaly flag of the official rows a finding rests on (rjtrade.analyses.backbone's
    flag, flag_reason): flagged when any is, with their reasons."""
    flagged = [r for r in rows if r is not None and _flagged(r)]
    reasons = dict.fromkeys(str(r.get("flag_reason") or "") for r in flagged)
    return {"flag": bool(flagged), "flag_reason": "; ".join(x for x in reasons if x)}


def _flagged(row) -> bool:
    """Whether an official row (a dict or a Series) carries the anomaly flag."""
    flag = row.get("flag", False)
    return bool(flag) and not (isinstance(flag, float) and math.isnan(flag))


def _against(obs, base: pd.Series, detail: str, **extra) -> dict:
    """A finding of a claim against one backbone row (its basis, reporter, figure, source)."""
    figure = (base["value_usd"], base["low"], base["high"])
    extra = flag_of(base) | extra
    return _row(
        obs, base["basis"], base["reported_by"], figure, base["source_id"], detail, **extra
    )


class Record:
    """The official backbone with its rows looked up by partner, flow and year as plain dicts
    (and the supplements, composition_totals, by partner and year): built once per table, so
    checking a claim filters no frame."""

    def __init__(self, backbone: pd.DataFrame, supplements: pd.DataFrame | None = None):
        self.frame = backbone
        self.partners = set(backbone["partner"])
        self.years = set(backbone["year"])
        self._rows = _grouped(backbone, ("partner", "flow", "year"))
        self._extra = _grouped(supplements, ("partner", "year"))

    def rows(self, partner: str, flow: str, year: int) -> list[dict]:
        """The backbone's rows for a partner, flow and year, in the backbone's order."""
        return self._rows.get((partner, flow, year), [])

    def bases(self, partner: str, flow: str, year: int) -> list[dict]:
        """The distinct figures (the first row of each reporter basis) for partner, flow, year."""
        return list({r["basis"]: r for r in reversed(self.rows(partner, flow, year))}.values())[
            ::-1
        ]

    def supplements(self, partner: str, year: int) -> list[dict]:
        """The totals implied by published compositions for a partner and year."""
        return self._extra.get((partner, year), [])


def _grouped(table: pd.DataFrame | None, keys: tuple[str, ...]) -> dict[tuple, list[dict]]:
    """A table's rows as dicts, grouped by the values of `keys`, each group in table order."""
    groups: dict[tuple, list[dict]] = {}
    if table is None or table.empty:
        return groups
    for row in table.to_dict("records"):
        groups.setdefault(tuple(row[k] for k in keys), []).append(row)
    return groups


def composition_totals(observations: pd.DataFrame) -> pd.DataFrame:
    """Flow totals implied by a published commodity's value and its share of the flow
    (total = value / share), with the source's reporter (corrected where the observation table
    records it too broadly, schema.SOURCE_REPORTER_CORRECTIONS)."""
    published = observations[~observations["source_id"].isin(ARTICLE)]
    shares = published[published["measure"] == "commodity_share"]
    values = published[published["measure"] == "value"]
    keys = ["source_id", "economy", "partner", "flow", "year"]
    rows = []
    for _, share in shares.iterrows():
        match = values
        for key in keys:
            match = match[match[key] == share[key]]
        value = match[match["obs_id"].str.startswith(share["obs_id"])]
        if value.empty:
            continue
        v = value.iloc[0]
        low, high = intervals.divide(
            (v["low"], v["high"]), (share["low"] / 100, share["high"] / 100)
        )
        partner, flow = japan_side(
            share["economy"], share["partner"], share["flow"], share["year"]
        )
        reporter = SOURCE_REPORTER_CORRECTIONS.get(share["source_id"], share["reported_by"])
        rows.append(
            {
                "partner": partner,
                "flow": flow,
                "year": share["year"],
                "value_usd": v["value"] / (share["value"] / 100),
                "low": low,
                "high": high,
                "reported_by": reporter,
                "source_id": share["source_id"],
                "method": f"{v['obs_id']} / {share['obs_id']} (value / its share of the flow)",
            }
        )
    return pd.DataFrame(rows)


def _reporter_turnovers(record: Record, partner, year) -> list[dict]:
    """Turnover on one reporter's basis (both flows by that reporter), or what is missing."""
    found = [
        *record.rows(partner, "export", year),
        *record.rows(partner, "import", year),
        *record.supplements(partner, year),
    ]
    out = []
    for reporter in ("JPN", partner):
        flows: dict[str, dict] = {}
        for row in found:
            if row["reported_by"] == reporter and row["flow"] in ("export", "import"):
                flows.setdefault(row["flow"], row)
        out.append(
            {"reporter": reporter, "export": flows.get("export"), "import": flows.get("import")}
        )
    return out


def check_value(obs, record: Record) -> list[dict]:
    """A value for a year: against each reporter basis of the backbone, and against the
    turnover of each single reporter where both of its flows are known."""
    year = int(obs["year"])
    partner, flow = japan_side(obs["economy"], obs["partner"], obs["flow"], year)
    claim = (obs["low"], obs["high"])
    rows = []
    for b in record.bases(partner, flow, year):
        rows.append(_against(obs, b, f"backbone {b['view']} view: {b['note'] or b['method']}"))
    if flow != "turnover":
        return rows
    known_bases = {r["basis"] for r in rows}
    for own in _reporter_turnovers(record, partner, year):
        reporter, exp, imp = own["reporter"], own["export"], own["import"]
        basis = f"export:{reporter}+import:{reporter}"
        if basis in known_bases:
            continue
        if exp is not None and imp is not None:
            low, high = intervals.add((exp["low"], exp["high"]), (imp["low"], imp["high"]))
            rows.append(
                _row(
                    obs,
                    basis,
                    reporter,
                    (exp["value_usd"] + imp["value_usd"], low, high),
                    f"{exp['source_id']};{imp['source_id']}",
                    f"{reporter}'s own statistics for both flows",
                    **flag_of(exp, imp),
                )
            )
        elif exp is not None or imp is not None:
            known = exp if exp is not None else imp
            missing = _flow_words(reporter, partner, "export" if exp is None else "import")
            implied = (claim[0] - known["high"], claim[1] - known["low"])
            rows.append(
                _row(
                    obs,
                    basis,
                    reporter,
                    (math.nan, math.nan, math.nan),
                    known["source_id"],
                    f"{reporter}'s own figure for {missing} is not in these files; with its "
                    f"other flow ({known['value_usd'] / 1e9:.2f} bn) the claim implies "
                    f"{billions(implied)} for it",
                    verdict="unverifiable",
                )
            )
    return rows


def _flow_words(reporter: str, partner: str, flow: str) -> str:
    """A Japan-side flow in the words of the reporter who would record it."""
    if reporter == "JPN":
        return f"Japan's {flow}s {'to' if flow == 'export' else 'from'} {partner}"
    other = "import" if flow == "export" else "export"
    return f"{partner}'s {other}s {'from' if other == 'import' else 'to'} Japan"


def check_partial_year(obs, record: Record) -> list[dict]:
    """A January-September figure against its full year: the implied last quarter, compared
    with an average quarter of the nine months."""
    year = int(obs["year"])
    partner, flow = japan_side(obs["economy"], obs["partner"], obs["flow"], year)
    part = (float(obs["low"]), float(obs["high"]))
    rows = []
    for b in record.bases(partner, flow, year):
        q4 = intervals.add((b["low"], b["high"]), (-part[1], -part[0]))
        average = (part[0] / QUARTERS_IN_JAN_SEP, part[1] / QUARTERS_IN_JAN_SEP)
        ratio = intervals.divide(q4, average)
        point = (b["value_usd"] - obs["value"]) / (obs["value"] / QUARTERS_IN_JAN_SEP)
        odd = q4[1] < 0 or ratio[0] > PARTIAL_YEAR_MAX_QUARTER_RATIO
        rows.append(
            _against(
                obs,
                b,
                f"full year {year} minus Jan-Sep implies a 4th quarter of "
                f"{(b['value_usd'] - obs['value']) / 1e9:.2f} bn = {point:.2f} average quarters "
                f"[{ratio[0]:.2f}, {ratio[1]:.2f}] (more than {PARTIAL_YEAR_MAX_QUARTER_RATIO} is "
                f"called inconsistent); claim reported by {obs['reported_by']}",
                verdict="inconsistent" if odd else "consistent",
            )
        )
    return rows


def _ratio_by_year(backbone, partner_of, flow, base_flow, years, base_years, base_partner=None):
    """Per view and year pair: (year, base_year, basis, ratio interval, point)."""
    out = []
    for view, rows in backbone.groupby("view"):
        level = {}  # (partner, flow, year) -> the first row of the view, as a dict
        for row in rows.to_dict("records"):
            level.setdefault((row["partner"], row["flow"], row["year"]), row)
        for year in years:
            for base_year in base_years:
                n = level.get((partner_of(year), flow, year))
                d = level.get(((base_partner or partner_of)(base_year), base_flow, base_year))
                if n is None or d is None:
                    continue
                out.append(
                    {
                        "view": view,
                        "year": year,
                        "base_year": base_year,
                        "basis": n["basis"]
                        if n["basis"] == d["basis"]
                        else f"{n['basis']} over {d['basis']}",
                        "ratio": intervals.divide((n["low"], n["high"]), (d["low"], d["high"])),
                        "point": n["value_usd"] / d["value_usd"],
                        "source": n["source_id"],
                        "break": (
                            min(year, base_year) <= USSR_LAST_YEAR < max(year, base_year)
                            and partner_of(year) in RUSSIA_OR_USSR
                        ),
                        **flag_of(n, d),
                    }
                )
    frame = pd.DataFrame(out)
    return frame.drop_duplicates(["year", "base_year", "basis"]) if len(frame) else frame


def _basis_reporter(basis: str) -> str:
    """Whose figure a basis is: 'export:JPN+import:JPN' is Japan's, 'JPN' too; two reporters'
    flows summed are mixed."""
    reporters = {part.split(":")[-1] for part in basis.split("+")}
    return reporters.pop() if len(reporters) == 1 else MIXED


def _year_pairs(group: pd.DataFrame) -> str:
    """'1976' for a year against itself, '2004/1996' for a year over a base year."""
    return ", ".join(
        f"{y}" if y == b else f"{y}/{b}"
        for y, b in zip(group["year"], group["base_year"], strict=True)
    )


def _ratios_text(group: pd.DataFrame) -> str:
    """The ratios by year pair, as a finding's detail writes them."""
    pairs = zip(group["year"], group["base_year"], group["point"], strict=True)
    return "; ".join(f"{y}/{b}: {p:.2f}" for y, b, p in pairs)


def check_multiple_or_growth(obs, backbone) -> list[dict]:
    """Multiples (this year over a base year, a base flow or a base partner) and growth on a
    base year, per reporter basis; undated or spanning claims year by year."""
    claim = (float(obs["low"]), float(obs["high"]))
    is_growth = obs["measure"] == "growth"
    if is_growth:
        claim = intervals.growth_factor(claim)
    own_partner = obs["partner"] if obs["economy"] == "JPN" else obs["economy"]
    flow = japan_side(obs["economy"], obs["partner"], obs["flow"], None)[1]
    base_flow = flow
    if isinstance(obs["base_flow"], str):
        base_flow = japan_side(obs["economy"], obs["partner"], obs["base_flow"], None)[1]
    all_years = sorted(backbone["year"].unique())
    years = [int(obs["year"])] if not pd.isna(obs["year"]) else all_years
    base_years = (
        ([y - 1 for y in years] if is_growth else years)
        if pd.isna(obs["base_year"])
        else list(
            range(
                int(obs["base_year"]),
                int(obs["base_year_to"] if not pd.isna(obs["base_year_to"]) else obs["base_year"])
                + 1,
            )
        )
    )
    base_partner = None
    if isinstance(obs["base_partner"], str):
        base_partner = lambda y: economy_in(obs["base_partner"], y)  # noqa: E731
    ratios = _ratio_by_year(
        backbone,
        lambda y: economy_in(own_partner, y),
        flow,
        base_flow,
        years,
        base_years,
        base_partner,
    )
    if ratios.empty:
        return []
    if pd.isna(obs["base_year"]) and base_partner is None:
        # no base written: a multiple of another flow is of the same year; a growth rate is
        # on the year before ("fell 16% in 2014"), never on its own year
        lag = 1 if is_growth else 0
        ratios = ratios[ratios["year"] == ratios["base_year"] + lag]
    rows = []
    for basis, group in ratios.groupby("basis", sort=False):
        hits = group[[intervals.overlap(claim, r) for r in group["ratio"]]]
        misses = group.drop(hits.index)
        single = len(group) == 1
        g0 = group.iloc[0]
        detail = (
            f"{'growth' if is_growth else 'ratio'} {g0['point']:.3f} "
            f"[{g0['ratio'][0]:.3f}, {g0['ratio'][1]:.3f}]"
            if single
            else f"ratio by year: {_ratios_text(group)}"
        )
        if group["break"].any():
            detail += "; some pairs cross the USSR/Russia 1991/1992 break (marked, not refused)"
        reporters = sorted({_basis_reporter(part) for part in str(basis).split(" over ")})
        flagged = _group_flag(hits if not hits.empty else group)
        rows.append(
            _row(
                obs,
                basis,
                "/".join(reporters),
                (
                    g0["point"] if single else math.nan,
                    g0["ratio"][0] if single else math.nan,
                    g0["ratio"][1] if single else math.nan,
                ),
                g0["source"],
                detail,
                verdict="consistent" if not hits.empty else "inconsistent",
                years_consistent=_year_pairs(hits),
                years_inconsistent=_year_pairs(misses),
                **flagged,
            )
        )
    if is_growth:
        for row in rows:
            if not math.isnan(row["backbone_value"]):
                row["backbone_value"] = (row["backbone_value"] - 1) * 100
                row["backbone_low"], row["backbone_high"] = intervals.ratio_to_percent(
                    (row["backbone_low"], row["backbone_high"])
                )
                row["gap"] = row["backbone_value"] - obs["value"]
    return rows


def _group_flag(group: pd.DataFrame) -> dict:
    """The flag of the year rows a finding rests on (the years that meet the claim, else all
    its years): flagged when every one of them is (one flagged year among unflagged ones that
    decide alike leaves the finding standing on those)."""
    rows = group.to_dict("records") if "flag" in group else []
    if not rows or not all(_flagged(r) for r in rows):
        return flag_of()
    return flag_of(*rows)


def check_share(obs, shares: pd.DataFrame) -> list[dict]:
    """A share of total trade: per year (all years when undated), per reporter basis."""
    claim = (float(obs["low"]), float(obs["high"]))
    economy_group = RUSSIA_OR_USSR if obs["economy"] in RUSSIA_OR_USSR else (obs["economy"],)
    partner_group = RUSSIA_OR_USSR if obs["partner"] in RUSSIA_OR_USSR else (obs["partner"],)
    rows_all = shares[
        shares["economy"].isin(economy_group) & shares["partner"].isin(partner_group)
    ]
    if not pd.isna(obs["year"]):
        rows_all = rows_all[rows_all["year"] == int(obs["year"])]
    out = []
    for (reporter, source), group in rows_all.groupby(["reported_by", "source_id"], sort=False):
        ok = [
            intervals.overlap(claim, (lo, hi))
            for lo, hi in zip(group["low"], group["high"], strict=True)
        ]
        hits, misses = group[ok], group[[not x for x in ok]]
        single = len(group) == 1
        g0 = group.iloc[0]
        out.append(
            _row(
                obs,
                f"share ({reporter}; {source.split(';')[0]})",
                reporter,
                (g0["share_pct"], g0["low"], g0["high"]) if single else (math.nan,) * 3,
                source,
                f"{group['method'].iloc[0]}; {len(hits)} of {len(group)} years hold",
                verdict="consistent" if len(hits) else "inconsistent",
                years_consistent=", ".join(map(str, hits["year"])),
                years_inconsistent=", ".join(map(str, misses["year"])),
                **_group_flag(hits if len(hits) else group),
            )
        )
    return out


def check_claims(
    observations: pd.DataFrame,
    backbone: pd.DataFrame,
    shares: pd.DataFrame | None = None,
    source_ids: tuple[str, ...] = ARTICLE,
) -> pd.DataFrame:
    """One verdict per claim of `source_ids` and reporter basis (see the module docstring).

    The same claim stated twice (every field of SAME_CLAIM alike, ids apart) is checked once
    and its findings repeated under each id; their text columns are categorical, so each
    distinct text is held once however many claims repeat it."""
    every = observations.groupby(list(SAME_CLAIM), dropna=False, sort=False).ngroup()
    rows = np.flatnonzero(observations["source_id"].isin(source_ids).to_numpy())
    same, _ = pd.factorize(every.to_numpy()[rows])  # claims numbered in order of appearance
    firsts = observations.iloc[rows[np.unique(same, return_index=True)[1]]]
    record = Record(backbone, composition_totals(observations))
    found: list[dict] = []
    counts = np.zeros(len(firsts), dtype=np.int64)
    for number, (_, obs) in enumerate(firsts.iterrows()):
        findings = _check_one(obs, record, shares)
        dated = not pd.isna(obs["year"])
        weighed = weigh(findings, obs["measure"], obs["reported_by"], dated)
        verdict = {"claim_verdict": weighed["verdict"], "claim_reason": weighed["reason"]}
        found += [finding | verdict for finding in findings]
        counts[number] = len(findings)
    findings = pd.DataFrame(found, columns=ARTICLE_CHECK_COLUMNS)
    findings["flag"] = findings["flag"].astype(bool)
    text = [c for c, kind in findings.dtypes.items() if c != "obs_id" and kind == "str"]
    findings = findings.astype(dict.fromkeys(text, "category"))
    starts = np.cumsum(counts) - counts
    table = findings.iloc[repeat_ranges(starts[same], counts[same])].reset_index(drop=True)
    ids = observations["obs_id"].iloc[np.repeat(rows, counts[same])]
    table["obs_id"] = ids.reset_index(drop=True)
    return table


def repeat_ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions starts[0] .. starts[0]+lengths[0]-1, then those of the next range, …"""
    ends = np.cumsum(lengths)
    return np.arange(ends[-1] if len(ends) else 0) + np.repeat(starts - (ends - lengths), lengths)


# What makes two claims the same claim: every field a finding reads, but not their ids.
SAME_CLAIM = (
    "as_written", "note", "economy", "partner", "flow", "measure", "commodity", "year",
    "period", "base_year", "base_year_to", "base_partner", "base_flow", "value", "low", "high",
    "bound", "reported_by", "year_basis", "status",
)  # fmt: skip


PARTNER_NAMES = {"SUN": "the USSR", "RUS": "Russia", "CHN": "China", "JPN": "Japan"}


def covered_in_words(backbone: pd.DataFrame) -> str:
    """What the official series cover, in words: "Japan's trade with the USSR (1960-1991),
    Russia (1992-2014) and China (1960-2014)"."""
    spans = backbone.groupby("partner", sort=False)["year"].agg(["min", "max"])
    parts = [
        f"{PARTNER_NAMES.get(p, p)} ({int(lo)}-{int(hi)})"
        for p, lo, hi in zip(spans.index, spans["min"], spans["max"], strict=True)
    ]
    listed = ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else "".join(parts)
    return f"the official series cover Japan's trade with {listed}"


def pair_not_covered(obs, record: Record) -> str:
    """Why the backbone cannot speak to the claim's pair ('' when it can): it holds Japan's
    trade with its partners only (the USSR/Russia and China), said in words."""
    partners, backbone = record.partners, record.frame
    names = [PARTNER_NAMES.get(obs[c], obs[c]) for c in ("economy", "partner")]
    if "JPN" not in (obs["economy"], obs["partner"]):
        return f"not Japan's trade ({names[0]} and {names[1]}): {covered_in_words(backbone)} only"
    other = obs["partner"] if obs["economy"] == "JPN" else obs["economy"]
    if other not in partners and other not in RUSSIA_OR_USSR:
        return f"Japan and {PARTNER_NAMES.get(other, other)}: {covered_in_words(backbone)} only"
    return ""


def _year_not_covered(obs, record: Record) -> str:
    """Why a dated claim finds no figure ('' when its year is in the series)."""
    if pd.isna(obs["year"]) or int(obs["year"]) in record.years:
        return ""
    return f"{int(obs['year'])} is not in the official series: {covered_in_words(record.frame)}"


def _check_one(obs, record: Record, shares) -> list[dict]:
    """Every finding for one claim, by its measure and period; unverifiable with a reason."""
    measure, period = obs["measure"], obs["period"]
    trade = obs["flow"] in TRADE_FLOWS and not isinstance(obs["commodity"], str)
    found: list[dict] = []
    backbone = record.frame
    uncovered = pair_not_covered(obs, record)
    if uncovered:
        return [_row(obs, "", "", (math.nan,) * 3, "", uncovered, verdict="unverifiable")]
    if trade and measure == "value" and period == "annual" and not pd.isna(obs["year"]):
        found = check_value(obs, record)
    elif trade and measure == "value" and period == "jan-sep":
        found = check_partial_year(obs, record)
    elif trade and measure in ("multiple", "growth") and period in ("annual", "unstated"):
        found = check_multiple_or_growth(obs, backbone)
    elif trade and measure == "share_of_total" and shares is not None:
        found = check_share(obs, shares)
    if found:
        return found
    reason = (
        {
            "rank": "ranks among all partners need every partner's trade, not in these files",
            "commodity_share": "commodity shares: see the commodity structure (customs 2009-2025)",
            "growth": "growth on a partial year: no January-September figures in these files",
        }.get(measure)
        or _year_not_covered(obs, record)
        or f"not covered: {covered_in_words(backbone)}"
    )
    return [_row(obs, "", "", (math.nan,) * 3, "", reason, verdict="unverifiable")]


def official_tables_with_claims(
    official: dict[str, pd.DataFrame], observations: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    """The official tables (rjtrade.analyses.backbone.official_tables) and every article claim
    checked against their backbone (`claims_vs_official`)."""
    tables = backbone_tables(official)
    checked = check_claims(observations, tables["official_series"], tables["trade_shares"])
    return tables | {"claims_vs_official": checked}
