"""What each chart shows, computed from the library tables as plain Python values.

Each function takes the tables (ChartTables) and returns a dict of numbers, strings
and lists of row dicts, which rjtrade/outputs/figures.py draws. Keeping the two apart
lets a test read what a chart shows without drawing it, and footnotes come from the
same rows the chart draws.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..analyses.backbone import official_view
from ..analyses.commodities import OTHER
from ..analyses.series import known_levels
from ..intervals import divide
from ..records import records
from ..schema import (
    BACKBONE_PARTNERS,
    OFFICIAL_SOURCES,
    PRIMARY_SOURCE,
    RUSSIA_OR_USSR,
    SERIES_PARTNERS,
)
from . import words
from .words import signed


@dataclass(frozen=True)
class ChartTables:
    """The tables the charts draw from, computed once for all of them."""

    observations: pd.DataFrame
    sources: pd.DataFrame
    events: pd.DataFrame
    russia_japan: pd.DataFrame
    japan_china: pd.DataFrame
    shares: pd.DataFrame
    structure: pd.DataFrame
    official_series: pd.DataFrame
    trade_shares: pd.DataFrame
    claims: pd.DataFrame
    customs_structure: pd.DataFrame


def _pair(series: pd.DataFrame, pair: str) -> pd.DataFrame:
    return series[series["economy_pair"] == pair].reset_index(drop=True)


def chart_tables(computed: dict[str, pd.DataFrame]) -> ChartTables:
    """The tables every chart draws, as the build computed them (rjtrade.pipeline.compute):
    nothing is computed again here."""
    return ChartTables(
        observations=computed["observations"],
        sources=computed["sources"],
        events=computed["events"],
        russia_japan=_pair(computed["annual_series"], "RUS-JPN"),
        japan_china=_pair(computed["annual_series"], "JPN-CHN"),
        shares=computed["commodity_shares"],
        structure=computed["structure"],
        official_series=computed["official_series"],
        trade_shares=computed["trade_shares"],
        claims=computed["claims_vs_official"],
        customs_structure=computed["customs_structure"],
    )


DIP_YEARS = tuple(range(2005, 2013))
DIP_BASE = 2008  # the index base year: 2008 = 100
CHINA_VIEW = "partner"  # the one view the Japan-vs-China chart draws (complete for both pairs)
CHINA_MULTIPLE = "th_jpn_chn_multiple_rus"  # the article: Japan-China "more than 10 times"
SHARE_FIRST, SHARE_LAST = 1960, 2014
SHARE_AXIS_TOP = 8.0  # percent: shares above are drawn at the top edge, their value written
OTHERS_JPN = ("ru_jp_2001_share", "jp_su_1981_share")  # other sources' dated shares
OTHERS_RUS = ("su_jp_1960_share", "su_jp_1988_share")
PARTIAL_FLOWS = ("export", "import", "turnover")
PARTIAL_LABELS = tuple(words.say(f"flow.{flow}", "en") for flow in PARTIAL_FLOWS)
# Keys the drawing reads in other languages (codes, ids): left out of the CSV written beside
# each chart, whose columns stay those of the English words computed here.
DRAWING_ONLY = (
    "agrees_bases",
    "other_id",
    "source_ids",
    "period_text",
    "flow_code",
    "flag_kind",
)


def source_name(tables: ChartTables, source_id: str) -> str:
    """A source's publisher as a footnote names it."""
    if source_id == PRIMARY_SOURCE or source_id in OFFICIAL_SOURCES:
        return words.say(f"source.{source_id}", "en")
    publisher = tables.sources.set_index("source_id").loc[source_id, "publisher"]
    return publisher.split(" (")[0]


def source_ids(source_ids) -> list[str]:
    """The ids of the given sources (a cell may list several, ';'-separated), in order."""
    return [part for sid in source_ids if isinstance(sid, str) for part in sid.split(";")]


def cited(tables: ChartTables, ids) -> list[dict]:
    """The sources a chart cites, in order, each once: id and English name (the drawing names
    each in its language: rjtrade.outputs.words.source_names)."""
    return [
        {"id": sid, "name": source_name(tables, sid)} for sid in dict.fromkeys(source_ids(ids))
    ]


def source_names(tables: ChartTables, ids) -> str:
    """The publishers of the given sources, each once, in order: for a chart's footnote."""
    return words.source_names(cited(tables, ids), "en")


def levels(rows: pd.DataFrame) -> list[dict]:
    """Rows of a series as the points a chart draws: year, value, interval, status, source."""
    columns = [
        "year",
        "value_usd",
        "low",
        "high",
        "bound",
        "status",
        "period",
        "source_id",
        "obs_ids",
    ]
    return records(rows[columns])


def line_segments(rows: pd.DataFrame) -> list[dict]:
    """The connecting lines of one economy's annual values: solid between consecutive known
    years, dotted where the stretch passes through interpolated years."""
    points = records(rows.sort_values("year")[["year", "value_usd", "status"]])
    segments: list[dict] = []
    for first, last in itertools.pairwise(points):
        if last["year"] - first["year"] > 1:  # a gap nothing fills: no line
            continue
        kind = "interpolated" if "interpolated" in (first["status"], last["status"]) else "known"
        if (
            segments
            and segments[-1]["kind"] == kind
            and segments[-1]["years"][-1] == first["year"]
        ):
            segments[-1]["years"].append(last["year"])
            segments[-1]["values"].append(last["value_usd"])
        else:
            segments.append(
                {
                    "kind": kind,
                    "years": [first["year"], last["year"]],
                    "values": [first["value_usd"], last["value_usd"]],
                }
            )
    return segments


def _turnover(tables: ChartTables, series: pd.DataFrame) -> dict:
    """Annual turnover as a chart draws it: connecting lines per economy (never across the
    USSR/Russia break), the stated and derived levels, and the sources named."""
    annual = series[(series["flow"] == "turnover") & (series["period"] == "annual")]
    filled = annual[annual["status"] != "missing"]
    return {
        "lines": [
            {"economy": economy, **segment}
            for economy, part in filled.groupby("economy")
            for segment in line_segments(part)
        ],
        "levels": levels(known_levels(series).reset_index()),
        "sources": source_names(tables, annual["source_id"]),
        "cited": cited(tables, annual["source_id"]),
    }


# --- the official backbone and the article's claims checked against it ------------------

VIEWS = ("partner", "JPN")
VIEW_LABELS = {view: words.say(f"view.{view}", "en") for view in VIEWS}


# --- anomaly flags (rjtrade.analyses.backbone's stated rules) on what a chart draws ----------
# Each kind of flag has its words in rjtrade.outputs.words: "flag.<kind>" (the legend's few
# words) and "flag.rule.<kind>" (the rule, for the footnote).
FLAG_KINDS = ("mirror", "total_level", "total_break")


def flag_kind(reason: str) -> str:
    """Which rule flagged a figure, from its flag_reason: 'total_level' (a total far from the
    median of its neighbouring years), 'total_break' (a total moving against the trade with
    Japan) or 'mirror' (a figure moving against its neighbours unlike the mirror record)."""
    if "break:" in reason:
        return "total_break"
    if "total trade" in reason and "median" in reason:
        return "total_level"
    return "mirror"


def flag_fields(row) -> dict:
    """A row's anomaly flag as a chart's point carries it: flag, flag_reason, flag_kind."""
    flagged = row.get("flag") is not None and bool(row.get("flag"))
    reason = str(row.get("flag_reason") or "") if flagged else ""
    return {
        "flag": flagged,
        "flag_reason": reason,
        "flag_kind": flag_kind(reason) if flagged else "",
    }


def flag_kinds(points) -> list[str]:
    """The kinds of flag among the points a chart draws, in FLAG_KINDS order."""
    found = {p["flag_kind"] for p in points if p.get("flag")}
    return [kind for kind in FLAG_KINDS if kind in found]


def basis_words(basis: str) -> str:
    """'export:RUS+import:JPN' -> "Russia's + Japan's figures"; same reporter -> its statistics."""
    return words.basis_words(basis, "en")


def official_rows(
    tables: ChartTables, partner: str, view: str, flow: str = "turnover"
) -> pd.DataFrame:
    """One view of the official backbone for Japan and `partner` (RUS: USSR and Russia), one
    flow, by year."""
    rows = official_view(tables.official_series, partner, view)
    return rows[rows["flow"] == flow].sort_values("year").reset_index(drop=True)


def official_lines(rows: pd.DataFrame, view: str, own_only: bool = False) -> list[dict]:
    """Runs of consecutive years of one view, one economy each (never across 1991/1992); with
    own_only, only the years in which Japan's own figures give both flows."""
    if own_only:
        rows = rows[rows["reported_by"] == "JPN"]
    lines = []
    for economy, part in rows.groupby("partner", sort=False):
        years = part["year"].astype(int).tolist()
        run: list[int] = []
        for year in [*years, None]:
            if run and (year is None or year != run[-1] + 1):
                chosen = part[part["year"].isin(run)]
                flags = [flag_fields(r) for r in records(chosen)]
                lines.append(
                    {
                        "view": view,
                        "economy": economy,
                        "years": run,
                        "values": chosen["value_usd"].tolist(),
                        "bases": chosen["basis"].tolist(),
                        "flags": [f["flag"] for f in flags],
                        "flag_reasons": [f["flag_reason"] for f in flags],
                        "flag_kinds": [f["flag_kind"] for f in flags],
                    }
                )
                run = []
            if year is not None:
                run.append(year)
    return lines


def basis_spans(rows: pd.DataFrame) -> list[dict]:
    """The years each reporter basis covers in one view: [{first, last, basis, words}]."""
    spans: list[dict] = []
    for year, basis in zip(rows["year"].astype(int), rows["basis"], strict=True):
        if spans and spans[-1]["basis"] == basis and spans[-1]["last"] == year - 1:
            spans[-1]["last"] = year
        else:
            spans.append({"first": year, "last": year, "basis": basis})
    return [span | {"words": basis_words(span["basis"])} for span in spans]


def claim_verdict(checks: pd.DataFrame) -> dict:
    """One claim's verdict as the build gave it (claim_verdict: the precedence of
    rjtrade.claims.verdicts), with the bases it agrees and disagrees with in words."""
    verdict = checks["claim_verdict"].iloc[0] if len(checks) else "unverifiable"
    agrees = list(dict.fromkeys(checks.loc[checks["verdict"] == "consistent", "basis"]))
    disagrees = list(dict.fromkeys(checks.loc[checks["verdict"] == "inconsistent", "basis"]))
    return {
        "verdict": verdict,
        "agrees_with": "; ".join(dict.fromkeys(map(basis_words, agrees))),
        "disagrees_with": "; ".join(dict.fromkeys(map(basis_words, disagrees))),
        "agrees_bases": agrees,
    }


def article_claims(tables: ChartTables, partner: str, flow: str = "turnover") -> list[dict]:
    """The article's levels for Japan's trade with `partner` (stated and derived), each with its
    interval and its verdict against the official backbone."""
    obs = tables.observations
    economies = {"JPN", *SERIES_PARTNERS[partner]}
    rows = obs[
        (obs["source_id"] == PRIMARY_SOURCE)
        & (obs["measure"] == "value")
        & (obs["flow"] == flow)
        & obs["commodity"].isna()
        & obs["economy"].isin(economies)
        & obs["partner"].isin(economies)
        & obs["year"].notna()
    ].sort_values(["year", "obs_id"])
    claims = tables.claims
    out = []
    for row in records(rows):
        summary = claim_verdict(claims[claims["obs_id"] == row["obs_id"]])
        out.append(
            {
                "obs_id": row["obs_id"],
                "year": int(row["year"]),
                "period": row["period"],
                "value_usd": row["value"],
                "low": row["low"],
                "high": row["high"],
                "bound": row["bound"],
                "status": row["status"],
                "as_written": row["as_written"] if isinstance(row["as_written"], str) else "",
                **summary,
            }
        )
    return out


def official_footnote_sources(tables: ChartTables, *frames: pd.DataFrame) -> str:
    """The official sources the drawn rows rest on, named once each, in order."""
    ids = [sid for frame in frames for sid in frame["source_id"]]
    return source_names(tables, ids)


def official_cited(*frames: pd.DataFrame) -> list[dict]:
    """The official sources the drawn rows rest on, as `cited` gives them."""
    ids = [sid for frame in frames for sid in frame["source_id"]]
    return cited(None, ids)


def growth(tables: ChartTables) -> dict:
    """Russia(USSR)–Japan turnover 1960–2014 from the official backbone (the partner's view and
    Japan's own figures), with the article's claims on top, each with its verdict."""
    partner_view = official_rows(tables, "RUS", "partner")
    japan_view = official_rows(tables, "RUS", "JPN")
    return {
        "lines": official_lines(partner_view, "partner")
        + official_lines(japan_view, "JPN", own_only=True),
        "bases": basis_spans(partner_view),
        "japan_own_years": basis_spans(japan_view[japan_view["reported_by"] == "JPN"]),
        "claims": article_claims(tables, "RUS"),
        "first": int(partner_view["year"].min()),
        "last": int(partner_view["year"].max()),
        "sources": official_footnote_sources(tables, partner_view, japan_view),
        "cited": official_cited(partner_view, japan_view),
    }


def index_rows(rows: pd.DataFrame, base_year: int) -> list[dict]:
    """Each year's value as an index (base year = 100) with its interval, only for years on the
    base year's reporter basis (the growth tools' rule: no index across two reporters)."""
    base = rows[rows["year"] == base_year].iloc[0]
    same = rows[rows["basis"] == base["basis"]]
    out = []
    for row in records(same):
        low, high = divide((row["low"], row["high"]), (base["low"], base["high"]))
        out.append(
            {
                "year": int(row["year"]),
                "index": row["value_usd"] / base["value_usd"] * 100,
                "low": low * 100,
                "high": high * 100,
                "basis": row["basis"],
                **flag_fields(row),
            }
        )
    return out


def claim_index(claims: list[dict], year: int, base_year: int) -> dict:
    """An index the article's own two levels imply (every reading of both), e.g. 2009 on 2008."""
    level = {c["year"]: c for c in claims if c["status"] == "stated" and c["period"] == "annual"}
    low, high = divide(
        (level[year]["low"], level[year]["high"]),
        (level[base_year]["low"], level[base_year]["high"]),
    )
    return {
        "year": year,
        "base_year": base_year,
        "low": low * 100,
        "high": high * 100,
        "text": words.say(
            "dip.claim_levels",
            "en",
            base_claim=words.claim_amount(level[base_year], "en"),
            base=base_year,
            claim=words.claim_amount(level[year], "en"),
            year=year,
        ),
    }


def dip(tables: ChartTables) -> dict:
    """The 2009 fall from the official backbone: Russia–Japan and Japan–China as an index
    (2008 = 100) on one reporter basis each, the article's claimed fall beside them; and
    Russia–Japan levels by view with the article's two figures and their verdicts."""
    indices, frames = [], []
    for partner in BACKBONE_PARTNERS:
        rows = official_rows(tables, partner, "partner")
        rows = rows[rows["year"].isin(DIP_YEARS)]
        frames.append(rows)
        points = index_rows(rows, DIP_BASE)
        fall = next(p for p in points if p["year"] == DIP_BASE + 1)
        indices.append(
            {
                "pair": words.say(f"pair.{partner}.short", "en"),
                "partner": partner,
                "basis": basis_words(rows["basis"].iloc[0]),
                "basis_code": rows["basis"].iloc[0],
                "points": points,
                "fall_pct": fall["index"] - 100,
            }
        )
    claims = [c for c in article_claims(tables, "RUS") if c["year"] in DIP_YEARS]
    claimed = claim_index(claims, DIP_BASE + 1, DIP_BASE)
    japan = official_rows(tables, "RUS", "JPN")
    japan = japan[japan["year"].isin(DIP_YEARS) & (japan["reported_by"] == "JPN")]
    partner_rows = frames[0]

    def level_points(rows: pd.DataFrame) -> list[dict]:
        columns = ["year", "value_usd", "low", "high", "basis"]
        return [
            r | flag_fields(full)
            for r, full in zip(records(rows[columns]), records(rows), strict=True)
        ]

    return {
        "years": list(DIP_YEARS),
        "base_year": DIP_BASE,
        "panels": [
            {
                "title": words.say(
                    "dip.levels_title",
                    "en",
                    year=DIP_BASE + 1,
                    base=DIP_BASE,
                    claimed=words.percent(signed(claimed["high"] - 100, 0), "en"),
                    fall=words.percent(signed(indices[0]["fall_pct"]), "en"),
                )
            },
            {"title": words.say("dip.index_title", "en", base=DIP_BASE)},
        ],
        "indices": indices,
        "claimed": claimed,
        "levels": {
            "partner": level_points(partner_rows),
            "JPN": level_points(japan),
        },
        "claims": [c for c in claims if c["period"] == "annual" and c["status"] == "stated"],
        "sources": official_footnote_sources(tables, *frames, japan),
        "cited": official_cited(*frames, japan),
    }


def china(tables: ChartTables) -> dict:
    """Japan–China against Russia(USSR)–Japan turnover 1960–2014 in one view (the partner's),
    their ratio by year against the article's "more than 10 times", the claims' verdicts."""
    rus = official_rows(tables, "RUS", CHINA_VIEW)
    chn = official_rows(tables, "CHN", CHINA_VIEW)
    both = chn.merge(rus, on="year", suffixes=("_chn", "_rus"))
    ratios = []
    for row in records(both):
        low, high = divide((row["low_chn"], row["high_chn"]), (row["low_rus"], row["high_rus"]))
        sides = [
            flag_fields({"flag": row[f"flag_{s}"], "flag_reason": row[f"flag_reason_{s}"]})
            for s in ("rus", "chn")
        ]
        reason = "; ".join(f["flag_reason"] for f in sides if f["flag"])
        ratios.append(
            {
                "year": int(row["year"]),
                "economy": row["partner_rus"],
                "ratio": row["value_usd_chn"] / row["value_usd_rus"],
                "low": low,
                "high": high,
                **flag_fields({"flag": any(f["flag"] for f in sides), "flag_reason": reason}),
            }
        )
    multiple = tables.observations.set_index("obs_id").loc[CHINA_MULTIPLE]
    claim = claim_verdict(tables.claims[tables.claims["obs_id"] == CHINA_MULTIPLE])
    threshold = float(multiple["low"])
    above = [r["year"] for r in ratios if r["high"] > threshold]
    return {
        "view": VIEW_LABELS[CHINA_VIEW],
        "view_code": CHINA_VIEW,
        "lines": official_lines(rus, CHINA_VIEW) + official_lines(chn, CHINA_VIEW),
        "bases": {"RUS": basis_spans(rus), "CHN": basis_spans(chn)},
        "claims": [
            claim
            for claim in article_claims(tables, "CHN") + article_claims(tables, "RUS")
            if claim["year"] == int(multiple["year"])
            and claim["period"] == "annual"
            and claim["status"] == "stated"
        ],
        "ratios": ratios,
        "multiple": {
            "year": int(multiple["year"]),
            "threshold": threshold,
            "as_written": multiple["as_written"],
            "above_years": above,
            **claim,
        },
        "first": int(both["year"].min()),
        "last": int(both["year"].max()),
        "sources": official_footnote_sources(tables, rus, chn),
        "cited": official_cited(rus, chn),
    }


def year_list(text: str) -> list[int]:
    """'1992, 1993, 2004' -> [1992, 1993, 2004] (the claims table's year lists)."""
    return sorted(int(y) for y in str(text).replace(" ", "").split(",") if y.isdigit())


def year_runs(years: list[int]) -> str:
    """[1992, 1993, 1994, 2000] -> '1992–1994, 2000'."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in runs)


def share_claim(tables: ChartTables, obs_id: str) -> dict:
    """An undated share claim of the article with the years it holds on each reporter basis."""
    obs = tables.observations.set_index("obs_id").loc[obs_id]
    checks = tables.claims[tables.claims["obs_id"] == obs_id]
    bases = [
        {
            "basis": basis_words(check["basis"]),
            "years_hold": [y for y in year_list(check["years_consistent"]) if y <= SHARE_LAST],
            "years_fail": [y for y in year_list(check["years_inconsistent"]) if y <= SHARE_LAST],
        }
        for check in records(checks)
    ]
    hold = sorted({y for b in bases for y in b["years_hold"]})
    return {
        "obs_id": obs_id,
        "as_written": obs["as_written"],
        "value": float(obs["value"]),
        "low": float(obs["low"]),
        "high": float(obs["high"]),
        "bound": obs["bound"],
        "bases": bases,
        "years_hold": hold,
        "years_hold_text": year_runs(hold) or "none",
    }


def _share_series(rows: pd.DataFrame, kind: str) -> dict:
    return {
        "label": words.say(f"shares.series.{kind}", "en"),
        "kind": kind,
        "points": [
            {
                "year": int(r["year"]),
                "economy": r["economy"] if r["partner"] == "JPN" else r["partner"],
                "share_pct": r["share_pct"],
                "low": r["low"],
                "high": r["high"],
                "reported_by": r["reported_by"],
                **flag_fields(r),
            }
            for r in records(rows.sort_values("year"))
        ],
    }


def off_scale(tables: ChartTables, points: list[dict], cap: float) -> dict:
    """Shares above the axis top, with the partner's total trade they imply (turnover / share)
    beside that of the first year on the scale after them: the reason they look wrong."""
    above = [p for p in points if p["share_pct"] > cap]
    if not above:
        return {"points": [], "note": ""}
    series = tables.official_series
    turnover = series[(series["view"] == "best") & (series["flow"] == "turnover")]
    turnover = turnover.drop_duplicates("year").set_index("year")["value_usd"]

    def total(point: dict) -> float:
        return turnover[point["year"]] / (point["share_pct"] / 100)

    first, last = above[0]["year"], above[-1]["year"]
    after = next((p for p in points if p["year"] > last and p["share_pct"] <= cap), None)
    low, high = sorted((total(above[0]), total(above[-1])))
    numbers = {
        "first": first,
        "last": last,
        "low_pct": above[0]["share_pct"],
        "high_pct": max(p["share_pct"] for p in above),
        "low_total": low,
        "high_total": high,
        "after": {"year": after["year"], "total": total(after), "factor": total(after) / high}
        if after
        else None,
    }
    return {"points": above, "note": off_scale_note(numbers, "en"), "numbers": numbers}


def off_scale_note(numbers: dict, lang: str) -> str:
    """Why shares above the axis top look wrong, from off_scale's numbers, in a language."""
    if lang == "th":
        totals = words.say(
            "money.range_bn",
            lang,
            low=words.thai_amount(numbers["low_total"], significant=2).removesuffix("ดอลลาร์"),
            high=words.thai_amount(numbers["high_total"], significant=2),
        )
    else:
        totals = words.say(
            "money.range_bn",
            lang,
            low=f"{numbers['low_total'] / 1e9:.2f}",
            high=f"{numbers['high_total'] / 1e9:.2f}",
        )
    note = words.say(
        "shares.off_scale_note",
        lang,
        years=words.years(numbers["first"], numbers["last"], lang),
        low=f"{numbers['low_pct']:.0f}",
        high=f"{numbers['high_pct']:.0f}",
        totals=totals,
    )
    after = numbers["after"]
    if after:
        total = (
            words.thai_amount(after["total"], significant=3)
            if lang == "th"
            else f"{after['total'] / 1e9:.1f}"
        )
        note += words.say(
            "shares.off_scale_after",
            lang,
            total=total,
            year=words.year(after["year"], lang),
            factor=f"{after['factor']:.0f}",
        )
    return note


def shares(tables: ChartTables) -> dict:
    """Russia(USSR)'s share of Japan's trade and Japan's share of Russia(USSR)'s, 1960–2014, with
    the article's undated share claims and the years each holds."""
    table = tables.trade_shares
    table = table[table["year"].between(SHARE_FIRST, SHARE_LAST)]
    cow = table["source_id"].str.startswith("cow")
    of_japan = table[(table["economy"] == "JPN") & table["partner"].isin(RUSSIA_OR_USSR)]
    of_russia = table[table["economy"].isin(RUSSIA_OR_USSR) & (table["partner"] == "JPN")]
    panels = []
    for obs_id, rows, other in (
        ("th_share_jpn_trade", of_japan, OTHERS_JPN),
        ("th_share_rus_trade", of_russia, OTHERS_RUS),
    ):
        title = words.say(f"shares.panel.{obs_id}", "en")
        series = [_share_series(rows[cow.loc[rows.index]], "cow")]
        customs = rows[~cow.loc[rows.index]]
        if not customs.empty:
            series.append(_share_series(customs, "customs"))
        points = [p for s in series for p in s["points"]]
        cap = SHARE_AXIS_TOP
        obs = tables.observations.set_index("obs_id")
        panels.append(
            {
                "id": obs_id,
                "title": title,
                "series": series,
                "claim": share_claim(tables, obs_id),
                "others": [
                    {
                        "year": int(obs.loc[i, "year"]),
                        "value": float(obs.loc[i, "value"]),
                        "low": float(obs.loc[i, "low"]),
                        "high": float(obs.loc[i, "high"]),
                        "source": source_name(tables, obs.loc[i, "source_id"]),
                        "label": words.say(f"shares.other.{i}", "en"),
                        "other_id": i,
                    }
                    for i in other
                    if i in obs.index
                ],
                "off_scale": off_scale(tables, points, cap),
                # one legend for both panels (their marks are alike), where the left has room
                "legend": "upper left" if obs_id == "th_share_jpn_trade" else None,
                "top": cap,
            }
        )
    return {
        "panels": panels,
        "first": SHARE_FIRST,
        "last": SHARE_LAST,
        "sources": official_footnote_sources(tables, table),
        "cited": official_cited(table),
    }


def structure_label(cited_sources: list[dict], russia_flow: str, period: str, lang: str) -> str:
    """'exports: <source>, <period>' for one row of the structure measure, in a language."""
    flow = words.say("flow.exports" if russia_flow == "export" else "flow.imports", lang)
    if period.startswith("not"):
        period = words.say("structure.period_not_stated", lang)
    else:
        period = words.in_era(period, lang)
    return words.say(
        "structure.measure",
        lang,
        flow=flow,
        sources=words.source_names(cited_sources, lang),
        period=period,
    )


def structure(tables: ChartTables) -> dict:
    """The article's shares by flow (stated first, then the remainder), primary share by source."""
    shares = tables.shares
    article = shares[shares["source_id"] == PRIMARY_SOURCE]
    flows = {}
    for flow in ("export", "import"):
        rows = article[article["russia_flow"] == flow]
        rows = pd.concat([rows[rows["category"] != OTHER], rows[rows["category"] == OTHER]])
        flows[flow] = records(rows[["category", "class", "share_pct"]])
    measure = tables.structure.sort_values(["russia_flow", "reference_period"])
    years = measure["reference_period"].str.extract(r"((?:19|20)\d\d)", expand=False).dropna()
    return {
        "other_years": (int(years.min()), int(years.max())),
        "flows": flows,
        "measure": [
            {
                "russia_flow": m["russia_flow"],
                "primary_low": m["primary_low"],
                "primary_high": m["primary_high"],
                "label": structure_label(
                    cited(tables, [m["source_id"]]), m["russia_flow"], m["reference_period"], "en"
                ),
                "source_ids": cited(tables, [m["source_id"]]),
                "period_text": m["reference_period"],
            }
            for m in records(measure)
        ],
        "sources": source_names(tables, shares["source_id"]),
        "cited": cited(tables, shares["source_id"]),
    }


def partial_year(tables: ChartTables) -> dict:
    """January–September 2014 against January–September 2013, with the stated growth rates."""
    rus, obs = tables.russia_japan, tables.observations
    partial = rus[rus["period"] == "jan-sep"].set_index(["flow", "year"])
    growth_rates = obs[(obs["measure"] == "growth") & (obs["period"] == "jan-sep")].set_index(
        "flow"
    )
    years = []
    for year in (2013, 2014):
        rows = partial.xs(year, level="year").loc[list(PARTIAL_FLOWS)]
        years.append(
            {
                "year": year,
                "derived": bool((rows["status"] == "derived").all()),
                "rows": records(rows[["value_usd", "low", "high"]]),
            }
        )
    return {
        "years": years,
        "labels": [
            {
                "flow": label,
                "flow_code": flow,
                "value": float(partial.loc[(flow, 2014), "value_usd"]),
                "growth_pct": float(growth_rates.loc[flow, "value"]),
            }
            for flow, label in zip(PARTIAL_FLOWS, PARTIAL_LABELS, strict=True)
        ],
        "top": float(partial["value_usd"].max()) * 1.25,
    }


def _dates(isos: list[str], lang: str) -> str:
    """The dates of one event as the article gives them: 'A and B' where it gives two."""
    return words.say("dates.join", lang).join(words.date(iso, lang) for iso in isos)


def event_label(row: dict, lang: str) -> str:
    """One row of the timeline in a language: its years, the event, the dates where the
    article gives two or the start of the event."""
    label = words.say(
        "timeline.event",
        lang,
        years="–".join(words.year(y, lang) for y in row["years"]),
        event=words.say_or(f"event.{row['event_id']}", lang, row["event"]),
    )
    if row["begins"]:
        key = "timeline.begins_two" if row["begins_two"] else "timeline.begins"
        label += words.say(key, lang, dates=_dates(row["begins"], lang))
    elif row["two_dates"]:
        label += words.say("timeline.two_dates", lang, dates=_dates(row["two_dates"], lang))
    return label


def timeline(tables: ChartTables) -> dict:
    """Every event of the article's timeline, one row each in date order, with turnover beneath.

    An event "X begins" is folded into the row of event "X" (the war and its start are one
    row), with the start's dates said in that row."""
    events = tables.events
    groups = dict(list(events.groupby("event_id", sort=False)))
    names = {dates.iloc[0]["event"]: event_id for event_id, dates in groups.items()}
    starts = {
        names[name.removesuffix(" begins")]: event_id
        for name, event_id in names.items()
        if name.endswith(" begins") and name.removesuffix(" begins") in names
    }
    rows = []
    for event_id, dates in groups.items():
        if event_id in starts.values():
            continue
        first = dates.iloc[0]
        start = groups[starts[event_id]] if event_id in starts else None
        row = {
            "year": int(first["year"]),
            "event_id": event_id,
            "event": first["event"],
            "years": sorted({int(part[:4]) for part in first["date_iso"].split("/")}),
            "begins": list(start["date_iso"]) if start is not None else [],
            "begins_two": bool(start is not None and (start["flag"] == "two_dates").any()),
            "two_dates": list(dates["date_iso"]) if (dates["flag"] == "two_dates").any() else [],
        }
        rows.append(row | {"label": event_label(row, "en")})
    partner_view = official_rows(tables, "RUS", "partner")  # the series the other charts use
    return {
        "lines": official_lines(partner_view, "partner"),
        "cited": official_cited(partner_view),
        "first": int(partner_view["year"].min()),
        "events": sorted(rows, key=lambda row: row["year"]),
    }


# --- each chart's data as one long table: the CSV written beside the chart ------------


def long_table(parts: dict[str, list[dict]]) -> pd.DataFrame:
    """Rows of several kinds in one table, the first column saying which part each row is.
    Open upper bounds (inf) are left empty: the bound column says 'at_least'."""
    frames = [pd.DataFrame(rows).assign(series=name) for name, rows in parts.items() if rows]
    table = pd.concat(frames, ignore_index=True)
    table = table.drop(columns=[c for c in DRAWING_ONLY if c in table.columns])
    table = table[["series", *[c for c in table.columns if c != "series"]]]
    return table.replace([np.inf, -np.inf], np.nan)


def _lines_table(lines: list[dict]) -> list[dict]:
    return [
        {
            "view": line["view"],
            "economy": line["economy"],
            "year": year,
            "value_usd": value,
            "basis": basis,
            "flag": flag,
            "flag_reason": reason,
        }
        for line in lines
        for year, value, basis, flag, reason in zip(
            line["years"],
            line["values"],
            line["bases"],
            line["flags"],
            line["flag_reasons"],
            strict=True,
        )
    ]


def growth_table(data: dict) -> pd.DataFrame:
    """The growth chart's official lines and the article's claims with their verdicts."""
    return long_table(
        {
            "official turnover, US$": _lines_table(data["lines"]),
            "article claim, US$": data["claims"],
        }
    )


def dip_table(data: dict) -> pd.DataFrame:
    """The dip chart's indices (2008 = 100), the article's claimed index, levels and claims."""
    indices = [
        {"pair": index["pair"], **point} for index in data["indices"] for point in index["points"]
    ]
    return long_table(
        {
            f"index, {data['base_year']} = 100": indices,
            f"article's index, {data['base_year']} = 100": [data["claimed"]],
            "Russia–Japan turnover, partner's view, US$": data["levels"]["partner"],
            "Russia–Japan turnover, Japan's view, US$": data["levels"]["JPN"],
            "article claim, US$": data["claims"],
        }
    )


def china_table(data: dict) -> pd.DataFrame:
    """The Japan-vs-China chart's official lines, ratios and the article's claims."""
    return long_table(
        {
            "official turnover, US$": _lines_table(data["lines"]),
            "Japan–China / Russia(USSR)–Japan": data["ratios"],
            "article claim, US$": data["claims"],
            "article: multiple": [
                {k: v for k, v in data["multiple"].items() if k != "above_years"}
            ],
        }
    )


def shares_table(data: dict) -> pd.DataFrame:
    """The shares chart's series by year, the article's claims and the other sources' shares."""
    parts = {}
    for panel in data["panels"]:
        for series in panel["series"]:
            parts[f"{panel['title']}, percent: {series['label']}"] = series["points"]
        claim = panel["claim"]
        parts[f"{panel['title']}: the article"] = [
            {
                "as_written": claim["as_written"],
                "value": claim["value"],
                "low": claim["low"],
                "high": claim["high"],
                "years_hold": claim["years_hold_text"],
            }
        ]
        parts[f"{panel['title']}: other sources, percent"] = panel["others"]
    return long_table(parts)


def structure_table(data: dict) -> pd.DataFrame:
    """The structure chart's shares (the article's) and primary-share intervals (every source)."""
    return long_table(
        {
            "article: Russia's exports to Japan, percent": data["flows"]["export"],
            "article: Russia's imports from Japan, percent": data["flows"]["import"],
            "primary share, percent": data["measure"],
        }
    )


def partial_year_table(data: dict) -> pd.DataFrame:
    """The January–September chart's bars and growth labels."""
    bars = [
        {"year": bar["year"], "flow": flow, "derived": bar["derived"], **row}
        for bar in data["years"]
        for flow, row in zip(PARTIAL_LABELS, bar["rows"], strict=True)
    ]
    return long_table({"January–September": bars, "growth 2014 on 2013, percent": data["labels"]})


def timeline_table(data: dict) -> pd.DataFrame:
    """The timeline's events and turnover points."""
    events = [{"year": row["year"], "label": row["label"]} for row in data["events"]]
    return long_table({"event": events, "official turnover, US$": _lines_table(data["lines"])})
