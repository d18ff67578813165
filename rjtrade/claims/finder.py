"""A claim row from a figure and its context, and the entry points: find_claims, claims_frame.

A claim is a figure (money, tonnes, percent, multiple or rank, read by rjtrade.parse) with what
its context says about it: the pair of economies, the year or period, the flow and the measure.
Each comes back shaped like an observation row, with `missing` naming what the text does not
settle and `options` the command-line options that would. Nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ParseError
from ..schema import (
    CLAIM_COLUMNS,
    CLAIM_FLOWS,
    CLAIM_OPTIONS,
    ECONOMIES,
    LATEST_YEAR,
    MAX_CLAIM_TEXT_LENGTH,
    YEAR_MIN,
    economy_in,
)
from .context import (
    base_of,
    direction,
    flow_of,
    measure_of,
    nearest,
    order,
    pair_of,
    share_partner,
    side,
    when_of,
    window,
)
from .lexicon import DIRECTED_FLOWS
from .mentions import read_line
from .reading import Line, Span, When
from .spans import read_figure

__all__ = ["MAX_CLAIM_TEXT_LENGTH", "claims_frame", "find_claims"]


@dataclass
class Settings:
    year: int | None
    pair: tuple[str, str] | None
    reference_year: int | None
    reporter: str | None
    source_id: str


def _time(when: When | None, basis: str, settings: Settings) -> dict:
    """Year, period and year_basis of a claim, with what the caller's options settled."""
    out = {"year": None, "period": "unstated", "year_basis": "none", "period_as_written": ""}
    out |= {"settled_by": [], "missing": [], "note": []}
    if when is not None:
        out["period_as_written"] = when.as_written
        out["year"], out["year_basis"] = when.year, basis
        out["period"] = when.span_period or when.period
        if when.offset is not None:
            if settings.reference_year is not None:
                out["year"] = settings.reference_year + when.offset
                out["year_basis"] = "context"
                out["settled_by"].append("reference_year")
                out["note"].append(f"{when.as_written!r} read from reference year")
            else:
                out["note"].append(f"{when.as_written!r} needs a reference year")
        if when.current:  # no year and so no period: as data/raw records 'currently'
            out["period"] = "unstated"
            out["note"].append(f"{when.as_written!r}: a recent year, not named")
    if (
        out["year"] is None
        and out["period"] in ("annual", "unstated")
        and not (when and when.span_period)
    ):
        if settings.year is not None:
            out["year"], out["year_basis"], out["period"] = settings.year, "context", "annual"
            out["settled_by"].append("year")
        else:
            out["missing"].append("year")
            out["year_basis"] = "none"
    return out


def _claim(line: Line, span: Span, k: int, settings: Settings, state: dict) -> dict | None:
    """One figure's claim, or None when it is no trade claim (a multiple of visits, a rank
    in a list of articles): percents, multiples and ranks need a flow word in their context."""
    flow, base_flow = flow_of(line, span)
    if flow is None and span.kind not in ("money", "tonnes"):
        return None
    when, basis = when_of(line, span)
    time = _time(when, basis, settings)
    figure = read_figure(span, time["year"])
    if isinstance(figure, str) and span.kind not in ("money", "tonnes"):
        return None
    stated = _unread(span, figure, time) if isinstance(figure, str) else figure.stated()
    measure = _level(span) if isinstance(figure, str) else measure_of(line, span, figure)
    if measure in ("growth", "multiple") and _in_yen(line, span):
        stated["currency"] = "JPY"  # "вырос на 36% … в иенах": the rate of the yen figures
    flow_code = flow.value if flow is not None and flow.value in CLAIM_FLOWS else None
    economy, partner, base_partner = _economies(
        line, span, (flow, flow_code), measure, time, settings, state
    )
    if flow_code is None:
        time["missing"].append("flow")
    if measure is None:
        time["missing"].append("measure")
    base = base_of(line, span) if measure in ("growth", "multiple") else None
    multiple = measure == "multiple"
    of_nothing = base is None and base_flow is None and base_partner is None
    if multiple and of_nothing and _over_time(line, span, measure, None, None) is None:
        time["missing"].append("base")  # "30 times": of what, the text does not say
    return _claim_row(
        line,
        span,
        settings,
        time,
        number=k,
        economy=economy,
        partner=partner,
        flow=flow_code,
        measure=measure,
        period=_period(when, time, flow_code),
        base_year=_base_year(
            base,
            time["year"],
            settings,
            _over_time(line, span, measure, base_flow, base_partner),
            time["note"],
        ),
        base_year_to=_base_year_to(base),
        base_partner=base_partner if multiple else None,
        base_flow=base_flow.value if base_flow is not None and multiple else None,
        **stated,
    )


def _record_claim(line: Line, mention, k: int, settings: Settings, state: dict) -> dict | None:
    """A record stated without a figure ("過去最高を記録した", "hit a record"): the claim that
    the year's level was above every earlier year's, or None when a figure in the same unit
    carries the record (then it is that figure's claim) or the text does not name the flow,
    the year and the pair ("ผู้นำสูงสุด" is no trade record)."""
    low, high = line.unit_range(line.unit_of(mention.start))
    if line.figures.first_at(low, high) is not None:
        return None
    span = Span(mention.end, mention.end, "", "record")  # where the record is said
    flow, _ = flow_of(line, span)
    flow_code = flow.value if flow is not None and flow.value in CLAIM_FLOWS else None
    when, basis = when_of(line, span)
    time = _time(when, basis, settings)
    economy, partner, _ = _economies(line, span, (flow, flow_code), "value", time, settings, state)
    if flow_code is None or time["missing"] or economy is None:
        return None  # a record word without a trade flow, year and pair is no trade claim
    yen = YEN_WORDS.search(line.text, low, high) is not None
    nan = float("nan")
    return _claim_row(
        line,
        span,
        settings,
        time,
        number=k,
        economy=economy,
        partner=partner,
        flow=flow_code,
        measure="value",
        period=_period(when, time, flow_code),
        value=nan,
        unit="money",
        currency="JPY" if yen else "USD",
        bound=None,
        low=nan,
        high=nan,
        status="stated",
    ) | {"as_written": mention_text(line, mention)}


YEN_WORDS = re.compile(r"иен|円|\byen\b|เยน", re.I)
# A growth rate or multiple said to be of the yen figures ("in yen terms", "в иенах", "円ベース").
IN_YEN_WORDS = re.compile(
    r"\bin yen\b|\bin yen terms\b|\byen-denominated\b|в иена[хм]|円ベース|円建て|ในรูปเงินเยน", re.I
)


def _in_yen(line: Line, span: Span) -> bool:
    """Whether the figure's unit says its rate is of the yen figures."""
    low, high = line.unit_range(line.unit_of(span.start))
    return IN_YEN_WORDS.search(line.text, low, high) is not None


def mention_text(line: Line, mention) -> str:
    """A mention as written."""
    return line.text[mention.start : mention.end]


def _level(span: Span) -> str:
    """The measure of an amount the parser could not read: a value, or a quantity."""
    return "value" if span.kind == "money" else "quantity"


def _unread(span: Span, reason: str, time: dict) -> dict:
    """The figure fields of an amount the parser cannot read exactly ("$3.48e10", "-$34.8
    billion"): no number at all, never a smaller or sign-flipped one; the claim is left open
    ("amount" missing) with the parser's reason."""
    time["missing"].append("amount")
    time["note"].append(f"amount not read: {reason}")
    nan = float("nan")
    unit = "money" if span.kind == "money" else "tonnes"
    figure = {"value": nan, "unit": unit, "currency": None, "bound": None, "low": nan, "high": nan}
    return figure | {"status": "stated"}


def _economies(line, span, flow, measure, time, settings, state) -> tuple:
    """Economy, partner (None when the pair is not settled) and the base partner of a
    comparison; what stays open goes to time["missing"], what an option settled to
    time["settled_by"]."""
    found, base_partner, ambiguous = pair_of(line, span)
    found, first = _settle_pair(found, ambiguous, settings, time)
    if len(found) != 2 or "pair" in time["missing"]:
        return None, None, base_partner
    if first is None and flow[1] in DIRECTED_FLOWS:
        first = _exporter(line, flow[0], found, settings, state, time)
    elif first is None and measure == "share_of_total":
        whose = share_partner(line, span)
        first = next((c for c in found if whose and side(c) != side(whose)), None)
    economy, partner = order(found, first)
    if time["year"] is not None:
        economy, partner = economy_in(economy, time["year"]), economy_in(partner, time["year"])
    return economy, partner, base_partner


def _settle_pair(found: list[str], ambiguous: bool, settings: Settings, time: dict) -> tuple:
    """The pair the text names and the economy to put first (None: by the usual order); the
    pair given (settings.pair) when the text names fewer than two or an ambiguous pair and
    the given pair contains what it names."""
    if not ambiguous and len(found) == 2:
        return found, None
    given = settings.pair
    if given and all(side(c) in map(side, given) for c in found):
        time["settled_by"].append("pair")
        return list(given), given[0]
    time["missing"].append("pair")
    if ambiguous:
        time["note"].append("three economies named, none in the figure's clause")
    return found, None


def _exporter(line: Line, flow, found: list[str], settings, state: dict, time: dict):
    """Whose exports or imports a directed flow is: from the words around the flow, else as
    an earlier figure of the line had it, else the reporter given; None (direction missing)."""
    first = direction(line, flow, found) or state.get("direction")
    if first is not None and side(first) in map(side, found):
        state["direction"] = first
        return first
    first = _reporter_in(found, settings.reporter)
    time["missing" if first is None else "settled_by"].append(
        "direction" if first is None else "reporter"
    )
    return first


def _reporter_in(found: list[str], reporter: str | None) -> str | None:
    """The given reporter, or the economy of the pair on its side (USSR for Russia), or None."""
    if reporter is None:
        return None
    if reporter in found:
        return reporter
    return next((c for c in found if side(c) == side(reporter)), None)


def _period(when: When | None, time: dict, flow_code: str | None) -> str:
    """The claim's period: year-end for an investment stock at the end of a year, annual for a
    dated claim with no period stated."""
    if (
        when is not None
        and when.year_end
        and flow_code in ("investment_stock", "direct_investment")
    ):
        return "year-end"
    if time["period"] == "unstated" and time["year"] is not None:
        return "annual"
    return time["period"]


def _claim_row(line: Line, span: Span, settings: Settings, time: dict, number: int, **fields):
    """The claim as an observation-shaped row (schema.CLAIM_COLUMNS): where it is, as written,
    the fields read, whose statistics (the last reporter named before it) and what is open."""
    missing = time["missing"]
    reporter = next((r.value for r in nearest(line.reporters, span.start, True)), "unstated")
    record = line.words["record"].last_between(window(line, span, 0)[0], span.start)
    row = dict.fromkeys(CLAIM_COLUMNS)
    row.update(
        obs_id=f"{settings.source_id}_line{line.number}_{number}",
        source_id=settings.source_id,
        locator=f"line {line.number}",
        as_written=line.text[span.start : span.end],
        period_as_written=time["period_as_written"],
        year_basis=time["year_basis"],
        year=time["year"],
        **fields,
        reported_by=reporter,
        claim="record_high" if record else None,
        note="; ".join(time["note"]) or None,
        column=span.start + 1,
        missing=missing,
        options=sorted({CLAIM_OPTIONS[m] for m in missing if m in CLAIM_OPTIONS}),
        settled_by=time["settled_by"],
    )
    return row


def _over_time(line: Line, span: Span, measure, base_flow, base_partner) -> str | None:
    """The measure, when it compares a year with an earlier one: a growth rate, or a multiple
    of nothing else that a verb of change makes ("doubled in 2010", "вырос в два раза",
    "เพิ่มขึ้นเป็นสองเท่า": on the year before)."""
    if measure != "multiple":
        return measure
    if base_flow is not None or base_partner is not None:
        return None
    changed = line.words["growth"].last_between(window(line, span, 0)[0], span.start)
    verb = line.text[span.start : span.end].lower().startswith(CHANGE_MULTIPLES)
    return measure if changed is not None or verb else None


CHANGE_MULTIPLES = ("doubled", "tripled", "вдвое", "втрое", "半減")


def _base_year(
    base: When | None, year: int | None, settings: Settings, measure, note
) -> int | None:
    """The base's year; a relative base ("前年比", "compared with last year") counts from the
    claim's year, else from the reference year. A growth rate with no base written is on the
    year before, as "fell 16% in 2014" means (said in the note)."""
    if base is None and measure in ("growth", "multiple") and year is not None:
        note.append(f"no base year written: {measure} on {year - 1}")
        return year - 1
    if base is None:
        return None
    if base.offset is not None:
        origin = year if year is not None else settings.reference_year
        return None if origin is None else origin + base.offset
    if base.span_period:
        return int(base.span_period[:4])
    return base.year


def _base_year_to(base: When | None) -> int | None:
    return int(base.span_period[5:]) if base is not None and base.span_period else None


# --- entry points --------------------------------------------------------------------------------
def _check_text(text) -> str:
    if isinstance(text, bytes | bytearray):
        raise ParseError("bytes, not text: decode the file first (UTF-8)", repr(bytes(text[:40])))
    if not isinstance(text, str):
        raise ParseError("not text", repr(text)[:80])
    if len(text) > MAX_CLAIM_TEXT_LENGTH:
        raise ParseError(
            f"text of {len(text):,} characters: at most {MAX_CLAIM_TEXT_LENGTH:,} are read"
            " (MAX_CLAIM_TEXT_LENGTH); split it",
            text[:40] + "…",
        )
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ParseError(f"line {line}: NUL character, binary data rather than text", text[:40])
    return text


def _check_year(value, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParseError(f"{name} must be a whole CE year", repr(value))
    if not YEAR_MIN <= value <= LATEST_YEAR:
        raise ParseError(f"{name} outside {YEAR_MIN}-{LATEST_YEAR}", repr(value))
    return value


def _check_pair(pair) -> tuple[str, str] | None:
    if pair is None:
        return None
    if isinstance(pair, str):
        pair = tuple(p.strip().upper() for p in re.split(r"[,\-–/ ]+", pair) if p.strip())
    pair = tuple(pair)
    if len(pair) != 2 or any(p not in ECONOMIES for p in pair) or side(pair[0]) == side(pair[1]):
        known = "; ".join(f"{code}: {name}" for code, name in ECONOMIES.items())
        raise ParseError(f"a pair is two different economies of {known}", ",".join(map(str, pair)))
    return pair


def _check_reporter(reporter) -> str | None:
    if reporter is None:
        return None
    if reporter not in ECONOMIES:
        raise ParseError(f"reporter must be one of {', '.join(ECONOMIES)}", repr(reporter))
    return reporter


def find_claims(
    text: str,
    *,
    year: int | None = None,
    pair: tuple[str, str] | None = None,
    reference_year: int | None = None,
    reporter: str | None = None,
    source_id: str = "text",
) -> list[dict]:
    """Every trade claim in a text, as observation-shaped rows (schema.CLAIM_COLUMNS).

    year, pair and reporter settle what the text leaves open (a claim without a year, a pair
    of economies, or whose exports or imports); reference_year resolves "last year" and the
    like. What stays open is listed in each claim's `missing`, with the options that would
    settle it in `options`. Raises ParseError for what is not text or is too long.

    >>> [c["value"] for c in find_claims("Russia–Japan trade hit a record $34.8 billion in 2013")]
    [34800000000.0]
    """
    settings = Settings(
        _check_year(year, "year"),
        _check_pair(pair),
        _check_year(reference_year, "reference_year"),
        _check_reporter(reporter),
        str(source_id),
    )
    claims: list[dict] = []
    for number, raw in enumerate(_check_text(text).split("\n"), 1):
        line = read_line(raw.rstrip("\r"), number)
        state: dict = {}
        for span in line.figures:
            claim = _claim(line, span, len(claims) + 1, settings, state)
            if claim is not None:
                claims.append(claim)
        for mention in line.words.get("record", []):
            claim = _record_claim(line, mention, len(claims) + 1, settings, state)
            if claim is not None:
                claims.append(claim)
    return claims


def claims_frame(text: str, **options):
    """find_claims as a DataFrame, one row per claim, columns schema.CLAIM_COLUMNS."""
    import pandas as pd

    return pd.DataFrame(find_claims(text, **options), columns=CLAIM_COLUMNS)
