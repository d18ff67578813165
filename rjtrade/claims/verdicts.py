"""The verdicts a claim can get, one claim's findings weighed into one, and how each verdict
looks: one palette for the tables, the charts and the terminal alike.

The words themselves are schema.VERDICTS (the audit of rjtrade.analyses gives the same three).
"""

from __future__ import annotations

import math

from ..schema import VERDICTS

__all__ = ["COLOURS", "MARKERS", "TERMINAL_COLOURS", "TEXT_COLOURS", "VERDICTS", "weigh"]

# Charts: a verdict differs by shape as well as colour, in a colour-blind-safe (Okabe–Ito)
# pair: a circle consistent (bluish green), a cross inconsistent (vermillion), a square
# unverifiable (grey); text in darker tones of the same. The terminal: the nearest ANSI colours.
COLOURS = {"consistent": "#009E73", "inconsistent": "#D55E00", "unverifiable": "#999999"}
MARKERS = {"consistent": "o", "inconsistent": "X", "unverifiable": "s"}
TEXT_COLOURS = {"consistent": "#00694d", "inconsistent": "#a84400", "unverifiable": "#666666"}
TERMINAL_COLOURS = {"consistent": "32", "inconsistent": "31", "unverifiable": "33"}


# --- one verdict per claim -----------------------------------------------------------------
# The precedence, as a fact checker would defend it:
# 1. Only evidence counts: a figure from the official files on some reporter's basis, or a
#    published figure that is one reporter's own statistics where the official files hold
#    none on that reporter's basis (the official files first: the most precise evidence).
#    The article's own figures are the text this package checks, never evidence; a published
#    figure whose reporter is unstated, a third party or a mix is no reporter's statistics.
# 2. A claim naming whose statistics it quotes (reported_by) is weighed on that reporter's
#    basis only; where the files hold no such figure it is unverifiable.
# 3. Consistent when some counted figure meets the claim (reporters legitimately differ, and
#    a claim that names no reporter holds if it is some reporter's figure); inconsistent when
#    every counted figure misses it; unverifiable when none counts.
# 4. A claim without a year that holds in some years only is unverifiable, naming the years.
# 5. A figure carrying the backbone's anomaly flag (found by its stated rule: against the
#    mirror figure and the neighbouring years) decides nothing alone: a claim is never
#    consistent, nor inconsistent, on flagged figures only. Meeting only flagged figures, or
#    missing only flagged figures, the claim is unverifiable, and its reason gives the flag's
#    reason; the flag travels on the finding rows (flag, flag_reason).
COUNTS = "counts"
FLAGGED = "flagged: decides nothing alone"
YEN_BASIS = "JPN in yen"  # a yen claim against Japan's customs figure itself, in yen
NOT_EVIDENCE_SOURCES = ("article_th",)  # the article: its figures are what is checked
OWN_STATISTICS = ("JPN", "RUS", "SUN", "CHN")
WHOSE = {"JPN": "Japan's", "RUS": "Russia's", "SUN": "the USSR's", "CHN": "China's"}
WHOSE_MIXED = "two reporters'"  # a turnover of one side's exports and the other's imports


def _side(code: str) -> str:
    """USSR and Russia are one reporter's side."""
    return "RUS" if code == "SUN" else code


def evidence(row: dict, official_reporters: set[str], stated: str | None, yen: bool) -> str:
    """Whether a finding counts as evidence for the claim's verdict ("counts"), or why not.
    `yen`: the claim is in yen and compared with Japan's yen figure, the most precise
    evidence on Japan's basis (its conversions to US$ then do not count)."""
    basis, reporter = row["basis"], str(row["reported_by"] or "")
    if not basis:
        return "no figure to compare"
    if yen and basis != YEN_BASIS and reporter == "JPN" and not basis.startswith("source:"):
        return "does not count: Japan's own figure is compared in yen, unconverted"
    if stated in OWN_STATISTICS and _side(reporter) != _side(stated):
        return f"does not count: the claim quotes {WHOSE[stated]} statistics"
    if basis.startswith("source:"):
        source = basis.removeprefix("source:")
        if source in NOT_EVIDENCE_SOURCES:
            return "does not count: the article's own figure, the text being checked"
        if reporter not in OWN_STATISTICS:
            return f"does not count: not one reporter's statistics (reported by {reporter})"
        if _side(reporter) in official_reporters:
            return f"does not count: the official files hold {WHOSE[reporter]} figure"
    if row["verdict"] == "unverifiable":
        return "no figure to compare"
    return COUNTS


def _figure_words(row: dict, measure: str) -> str:
    """The compared figure in words: 'US$34.58 bn', '-16.0 %', '1.64x'."""
    value = row["backbone_value"]
    if value is None or math.isnan(value):
        return "no single figure"
    if row["basis"] == YEN_BASIS and measure == "value":
        return f"{value / 1e9:,.2f} bn yen"
    if measure == "value":
        return f"US${value / 1e9:,.2f} bn"
    if measure in ("growth", "share_of_total", "commodity_share"):
        return f"{value:+.1f} %" if measure == "growth" else f"{value:.2f} %"
    return f"{value:.2f}x" if measure == "multiple" else f"{value:g}"


def _finding_words(row: dict, measure: str) -> str:
    """One counted finding in words: whose figure, on what basis, the figure and the gap."""
    reporter = str(row["reported_by"])
    who = WHOSE.get(reporter) or (WHOSE_MIXED if "mixed" in reporter else f"{reporter}'s")
    text = f"{who} figure ({row['basis']}) {_figure_words(row, measure)}"
    if row.get("years_inconsistent") and row.get("years_consistent"):
        text += f", holds in {row['years_consistent'] or 'no year'}"
    return text


# A stated number admits half a unit of its last stated digit ("2 หมื่นล้าน" 15-25 bn, "doubled"
# or "สองเท่า" as the digit 2 admits: 1.5-2.5x): words carry no more precision than the digit
# they stand for. A verdict that rests on the loose end of such an interval says so: when the
# figure it matches is more than LOOSE of the stated number away from it.
LOOSE = 0.05


def _loose(row: dict, measure: str) -> str:
    """' (...)' when the match rests on the last-digit rule's loose end, else ''."""
    low, high, gap, value = (
        row["stated_low"],
        row["stated_high"],
        row["gap"],
        row["backbone_value"],
    )
    if any(x is None or not math.isfinite(x) for x in (low, high, gap, value)):
        return ""
    stated = value - gap
    if stated == 0 or low == 0 or abs(gap) <= LOOSE * abs(stated):  # 0: "less than", a bound
        return ""
    if not low <= value <= high:  # the match is not the stated interval's: see the detail
        return f"; {row['detail']}" if row.get("detail") else ""
    ends = [
        _figure_words({"backbone_value": x, "basis": row["basis"]}, measure) for x in (low, high)
    ]
    return (
        f"; only by the last-digit rule: the claim as written admits {ends[0]} to {ends[1]},"
        f" and the figure is {abs(gap) / abs(stated):.0%} from the stated number"
    )


def weigh(findings: list[dict], measure: str, stated: str | None, dated: bool) -> dict:
    """One claim's verdict and its reason from its findings (the precedence above); each
    finding gets its `evidence` note."""
    official = {
        _side(str(r["reported_by"]))
        for r in findings
        if r["basis"] and not r["basis"].startswith("source:") and r["verdict"] != "unverifiable"
    }
    yen = any(r["basis"] == YEN_BASIS and r["verdict"] != "unverifiable" for r in findings)
    notes = [evidence(r, official, stated, yen) for r in findings]
    counted = [r for r, note in zip(findings, notes, strict=True) if note == COUNTS]
    notes = [
        FLAGGED if note == COUNTS and r.get("flag") else note
        for r, note in zip(findings, notes, strict=True)
    ]
    records = [r for r in counted if r["basis"].startswith("record on ")]
    counted = [r for r in counted if not r["basis"].startswith("record on ")]
    flagged = [r for r in counted if r.get("flag")]
    counted = [r for r in counted if not r.get("flag")]
    hits = [r for r in counted if r["verdict"] == "consistent"]
    beaten = [r for r in records if r["verdict"] == "inconsistent"]
    if records and not counted and not flagged:  # a record without a figure: the record alone
        held = [r for r in records if r not in beaten]
        verdict = "consistent" if held else "inconsistent"
        shown = "; ".join(r["detail"] for r in (held or beaten)[:2])
        reason = (
            f"{'a record' if held else 'not a record'} on {'a' if held else 'any'} basis: {shown}"
        )
        return {"verdict": verdict, "reason": reason, "evidence": notes}
    if records and (len(beaten) == len(records) or hits):
        # "a record": the level and the record must hold on one basis together
        held = {r["basis"].removeprefix("record on ") for r in records if r not in beaten}
        if not [r for r in hits if r["basis"] in held]:
            shown = "; ".join(r["detail"] for r in beaten)
            reason = f"not a record on a basis whose level it matches: {shown}"
            return {"verdict": "inconsistent", "reason": reason, "evidence": notes}
        hits = [r for r in hits if r["basis"] in held]
    if hits and not dated and all(r.get("years_inconsistent") for r in hits):
        years = "; ".join(r["years_consistent"] for r in hits)
        verdict, reason = "unverifiable", f"no year given, and the claim holds in {years} only"
    elif hits:
        verdict, reason = "consistent", "matches " + _finding_words(hits[0], measure)
        reason += _loose(hits[0], measure)
    elif any(r["verdict"] == "consistent" for r in flagged) or (flagged and not counted):
        verdict, reason = "unverifiable", _flagged_words(flagged, counted, measure)
    elif counted:
        shown = "; ".join(_finding_words(r, measure) for r in counted[:3])
        verdict, reason = "inconsistent", f"misses every reporter's figure: {shown}"
    else:
        verdict, reason = "unverifiable", _no_evidence(findings, notes, stated)
    return {"verdict": verdict, "reason": reason, "evidence": notes}


def _flagged_words(flagged: list[dict], counted: list[dict], measure: str) -> str:
    """Why a claim that meets or misses only flagged figures is unverifiable: the figures,
    the flag's reason, and the unflagged figures it misses."""
    met = [r for r in flagged if r["verdict"] == "consistent"]
    shown = "; ".join(_finding_words(r, measure) for r in (met or flagged)[:2])
    reasons = "; ".join(dict.fromkeys(str(r["flag_reason"]) for r in (met or flagged)))
    text = (
        f"{'meets' if met else 'misses'} only a flagged figure, which decides nothing alone: "
        f"{shown}; flagged: {reasons}"
    )
    if counted:
        text += "; it misses " + "; ".join(_finding_words(r, measure) for r in counted[:2])
    return text


def _no_evidence(findings: list[dict], notes: list[str], stated: str | None) -> str:
    """Why no finding counts: what the claim leaves open, or the figure it would need."""
    if stated in OWN_STATISTICS:
        own = [
            r["detail"]
            for r in findings
            if _side(str(r["reported_by"])) == _side(stated)
            and not r["basis"].startswith("source:")
        ]
        need = (
            own[0]
            if own
            else f"it would need {WHOSE[stated]} own figure for {findings[0]['claim']}"
        )
        return f"the claim quotes {WHOSE[stated]} statistics, not in these files: {need}"
    details = [r["detail"] for r in findings if r["detail"]]
    return details[0] if details else (notes[0] if notes else "nothing to compare")
