"""What a figure's context says about it: its year, base year, flow, measure, pair of
economies and direction, each read from the mentions of its line (rjtrade.claims.mentions).
"""

from __future__ import annotations

import bisect
import re

from ..parse import SIGN_WORDS, Figure
from ..schema import RUSSIA_OR_USSR
from .lexicon import (
    BASE_REACH,
    ECONOMY_WORDS,
    MAX_CONTEXT,
    MAX_MENTIONS,
    PARTNER_PREFIXED,
    THAI_FLOW_REACH,
    YEAR_GAP,
)
from .patterns import FLOW_AFTER_RE, FROM_RE, TO_RE, YEAR_AFTER_GAP_RE, lookup
from .reading import Found, Line, Mention, Span, When


def side(code: str) -> str:
    return "R" if code in RUSSIA_OR_USSR else code


def nearest(items: Found, pos: int, before: bool) -> list:
    """Up to MAX_MENTIONS items ending before pos (nearest first) or starting after it."""
    starts = items.starts
    if before:
        k = bisect.bisect_left(starts, pos)
        chosen = [i for i in items[max(0, k - MAX_MENTIONS) : k] if i.end <= pos]
        return [i for i in reversed(chosen) if pos - i.end <= MAX_CONTEXT]
    k = bisect.bisect_left(starts, pos)
    return [i for i in items[k : k + MAX_MENTIONS] if i.start - pos <= MAX_CONTEXT]


def when_of(line: Line, span: Span) -> tuple[When | None, str]:
    """The time a figure refers to, and whether it is written in its own unit or taken from
    an earlier one (year_basis written or context)."""
    unit = line.unit_of(span.start)
    after = nearest(line.whens, span.end, before=False)
    if after:
        w = after[0]
        gap = line.text[span.end : w.start]
        if len(gap) <= YEAR_GAP and YEAR_AFTER_GAP_RE.match(gap) and not (w.forward or w.base):
            return w, "written"
    for w in nearest(line.whens, span.start, before=True):
        if not w.base:
            # Thai marks no sentence ends: a year written in the paragraph is written
            same = line.thai or line.unit_of(w.start) == unit
            return w, "written" if same else "context"
    for w in after:
        if line.unit_of(w.start) != unit:
            break
        if not w.base:
            return w, "written"
    return None, "none"


def base_of(line: Line, span: Span) -> When | None:
    """The base year of a growth rate or multiple: the nearest base year within BASE_REACH
    characters (in its sentence, but for Thai)."""
    unit = line.unit_of(span.start)

    def distance(w: When) -> int:
        return span.start - w.end if w.end <= span.start else w.start - span.end

    near = [*nearest(line.whens, span.start, True), *nearest(line.whens, span.end, False)]

    def figure_between(w: When) -> bool:
        low, high = (w.end, span.start) if w.end <= span.start else (span.end, w.start)
        return line.figures.first_at(low, high) is not None

    bases = [
        w
        for w in near
        if w.base
        and distance(w) <= BASE_REACH
        and (line.thai or line.unit_of(w.start) == unit)
        and not figure_between(w)
    ]
    return min(bases, key=distance, default=None)


def window(line: Line, span: Span, units_back: int) -> tuple[int, int]:
    unit = line.unit_of(span.start)
    start = line.unit_range(max(0, unit - units_back))[0]
    return max(start, span.start - MAX_CONTEXT), span.start


def flow_of(line: Line, span: Span) -> tuple[Mention | None, Mention | None]:
    """The flow a figure measures (nearest before it in its unit, or named right after it),
    and the flow it is compared with."""
    for f in nearest(line.flows, span.end, before=False)[:1]:
        if f.start - span.end <= 15 and FLOW_AFTER_RE.fullmatch(line.text[span.end : f.start]):
            return f, None
    low = window(line, span, 0)[0] if not line.thai else max(0, span.start - THAI_FLOW_REACH)
    flow = base = None
    for f in nearest(line.flows, span.start, before=True):
        if f.start < low:
            break
        if f.base and base is None:
            base = f
        elif not f.base and flow is None:
            flow = f
    return flow or _share_of(line, span), base


def _share_of(line: Line, span: Span) -> Mention | None:
    """The flow a share is of, named after it ("accounted for 2.2% of Japan's total trade",
    "สัดส่วน 2.2% ของการค้าทั้งหมด", "пришлось 1% внешней торговли"): the first flow within
    SHARE_FLOW_REACH characters after a percent whose unit names a share."""
    if span.kind != "percent":
        return None
    low, high = line.unit_range(line.unit_of(span.start))
    if line.words["share"].last_between(low, span.start) is None:
        return None
    high = span.end + SHARE_FLOW_REACH if line.thai else min(high, span.end + SHARE_FLOW_REACH)
    after = line.flows.first_at(span.end, high)
    return after if after is not None and not after.base else None


SHARE_FLOW_REACH = 40


def measure_of(line: Line, span: Span, figure: Figure) -> str | None:
    if span.kind in ("times", "rank"):
        return {"times": "multiple", "rank": "rank"}[span.kind]
    if span.kind != "percent":
        return "value" if figure.unit == "money" else "quantity"
    signed = span.parse_text.lstrip("(").startswith(("+", "-")) or any(
        w in span.parse_text for w in SIGN_WORDS
    )
    if signed:
        return "growth"
    low, high = window(line, span, 1 if line.thai else 0)
    if line.words["share"].last_between(low, high) or _occupies(line, span):
        return "share_of_total"
    if line.words["structure"].last_between(span.start - MAX_CONTEXT, high):
        return "commodity_share"
    low, _ = window(line, span, 0)
    if line.words["growth"].last_between(low, high) or (base_of(line, span) is not None):
        return "growth"
    return None


def pair_of(line: Line, span: Span) -> tuple[list[str], str | None, bool]:
    """Up to two economies the figure's context names (nearest first), the base partner of a
    comparison, and whether the pair is ambiguous (three economies, none in the figure's unit)."""
    unit = line.unit_of(span.start)
    ordered = _economies_by_nearness(line, span, unit)
    found, units = _first_two(line, [m for m in ordered if not m.base])
    bases = [c for m in ordered if m.base and line.unit_of(m.start) == unit for c in codes_of(m)]
    base_partner = next((c for c in bases if side(c) not in map(side, found)), None)
    # taken from other units, the pair is ambiguous when those units name a third economy
    sides = {
        side(c)
        for m in ordered
        if not m.base and line.unit_of(m.start) in units
        for c in codes_of(m)
    }
    ambiguous = len(found) == 2 and unit not in units and len(sides) > 2
    return found, base_partner, ambiguous


def _economies_by_nearness(line: Line, span: Span, unit: int) -> list[Mention]:
    """The economies named around a figure: those of its own unit first (before it, nearest
    first, then after it), then those of other units in the same order."""
    before = nearest(line.economies, span.start, True)
    after = nearest(line.economies, span.end, False)
    return [
        *(m for m in before if line.unit_of(m.start) == unit),
        *(m for m in after if line.unit_of(m.start) == unit),
        *(m for m in before if line.unit_of(m.start) != unit),
        *(m for m in after if line.unit_of(m.start) != unit),
    ]


def _first_two(line: Line, mentions: list[Mention]) -> tuple[list[str], set[int]]:
    """The first two economies of different sides (USSR and Russia are one side) among the
    mentions, and the units they were found in."""
    found: list[str] = []
    units: set[int] = set()
    for m in mentions:
        for code in codes_of(m):
            if side(code) not in map(side, found) and len(found) < 2:
                found.append(code)
                units.add(line.unit_of(m.start))
    return found, units


def codes_of(m: Mention) -> tuple[str, ...]:
    word = m.value.lower()
    if word in PARTNER_PREFIXED:
        return (PARTNER_PREFIXED[word],)
    return lookup(ECONOMY_WORDS, m.value)


def direction(line: Line, flow: Mention, pair: list[str]) -> str | None:
    """The economy whose exports or imports a flow word names, from the words around it."""
    text = line.text
    unit = line.unit_of(flow.start)
    near = [
        m
        for m in (
            *nearest(line.economies, flow.start, True),
            *nearest(line.economies, flow.end, False),
        )
        if line.unit_of(m.start) == unit
        and (flow.start - m.end <= 15 and m.start - flow.end <= 25)
    ]
    near.sort(key=lambda m: min(abs(m.end - flow.start), abs(m.start - flow.end)))
    for m in near:
        word = m.value.lower()
        codes = codes_of(m)
        if len(codes) != 1:
            continue
        code = codes[0]
        if word in PARTNER_PREFIXED:  # "対ソ輸入", "対ロ輸出": X is the partner either way
            return next((c for c in pair if side(c) != side(code)), None)
        frm = FROM_RE.search(text, max(0, m.start - 8), m.start) or text.startswith("から", m.end)
        to = (
            TO_RE.search(text, max(0, m.start - 8), m.start)
            or word in PARTNER_PREFIXED
            or text.startswith(("へ", "向け"), m.end)
        )
        exporter = flow.value != "import"
        # exports: "from X" names the exporter, "to X" the partner; imports the other way round
        if (to and exporter) or (frm and not exporter):
            return next((c for c in pair if side(c) != side(code)), None)
        return code
    return None


def order(pair: list[str], first: str | None) -> tuple[str, str]:
    """Economy and partner: the given economy first, else the Russian side, else Japan."""
    if first is not None:
        return first, next(c for c in pair if side(c) != side(first))
    ranked = sorted(pair, key=lambda c: (side(c) != "R", c != "JPN"))
    return ranked[0], ranked[1]


# Japanese states a share with the verb after the percent: "日本の貿易総額の1%未満を占めた"
# ("accounted for less than 1% of Japan's trade"); its subject (the economy marked by は or
# が) is whose share it is.
OCCUPIES_RE = re.compile(r"\s*を\s*占め")
SUBJECT_RE = re.compile(r"\s*[はが]")


def _occupies(line: Line, span: Span) -> bool:
    """Whether '…を占め' follows the percent (a share stated the Japanese way)."""
    return span.kind == "percent" and OCCUPIES_RE.match(line.text, span.end) is not None


def share_partner(line: Line, span: Span) -> str | None:
    """Whose share a share figure states: the economy named right before or after 'share',
    or, with '…を占め' after the percent, the economy its clause marks as the subject."""
    low, high = window(line, span, 1 if line.thai else 0)
    if _occupies(line, span):
        for m in nearest(line.economies, span.start, True):
            if m.start >= low and SUBJECT_RE.match(line.text, m.end):
                return codes_of(m)[0]
    share = line.words["share"].last_between(low, high)
    if share is None:
        return None
    for m in nearest(line.economies, share.start, True)[:1]:
        if share.start - m.end <= 6:
            return codes_of(m)[0]
    for m in nearest(line.economies, share.end, False)[:1]:
        if m.start - share.end <= 30 and m.start < span.start:
            return codes_of(m)[0]
    return None
