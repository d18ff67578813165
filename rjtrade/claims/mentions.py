"""Mentions in a line: years and periods, economies, flows, reporters and measure words, with
their roles (a base of comparison, a year that opens the next statement); read_line reads a
line's figures and mentions together."""

from __future__ import annotations

import bisect
import re

from ..errors import ParseError
from ..parse import parse_year
from ..schema import LATEST_YEAR, MONTH_CODES, YEAR_MIN
from .lexicon import (
    BASE_AFTER_JAPANESE,
    BASE_GAP,
    BASE_SELF,
    FLOW_WORDS,
    JAPANESE_ERAS,
    MAX_MENTIONS,
    MONTH_WORDS,
    PARTIAL_YEARS,
    RELATIVE_YEARS,
    REPORTER_WORDS,
)
from .patterns import (
    BASE_BEFORE_RE,
    BEFORE_FIGURE_RE,
    CURRENT_RE,
    DECADE_BEFORE_RE,
    ECONOMY_RE,
    FLOW_RE,
    GROWTH_RE,
    LEVEL_VERB_RE,
    MONTH_RANGE_RE,
    NUMBER_START,
    PARTIAL_RE,
    RECORD_RE,
    RELATIVE_RE,
    REPORTER_RE,
    SHARE_RE,
    STRUCTURE_RE,
    THAI_LETTER,
    THAN_RE,
    YEAR_END_RE,
    YEAR_RE,
    lookup,
)
from .reading import Found, Line, Mention, When, clean, split_units
from .spans import figure_spans, skip_spaces


def _qualifier_of_level(spans: Found, start: int) -> bool:
    """Whether a 'than' is the qualifier of an amount or percent ("more than $2 billion"):
    economies after it are then no base; after a multiple ("more than 10 times Russia–Japan
    trade") they are."""
    i = bisect.bisect_right(spans.starts, start) - 1
    return i >= 0 and spans[i].end > start and spans[i].kind != "times"


def _inside(spans: Found, start: int, end: int) -> bool:
    i = bisect.bisect_right(spans.starts, start) - 1
    return i >= 0 and spans[i].end > start


def _whens(line: Line) -> Found:
    text, out = line.text, []
    for m in YEAR_RE.finditer(text):
        if _inside(line.figures, m.start(), m.end()):
            continue
        when = _year_mention(text, m)
        if when is not None:
            out.append(when)
    for m in RELATIVE_RE.finditer(text):
        offset = lookup(RELATIVE_YEARS, m.group())
        out.append(When(m.start(), m.end(), None, as_written=m.group(), offset=offset))
    for m in CURRENT_RE.finditer(text):
        out.append(When(m.start(), m.end(), None, as_written=m.group(), current=True))
    out.sort(key=lambda w: w.start)
    _attach_periods(text, out)
    _mark_roles(line, out)
    return Found(out)


def _year_mention(text: str, m: re.Match) -> When | None:
    if m.group("jera"):
        n = 1 if m.group("jnum") == "元" else int(m.group("jnum"))
        year = JAPANESE_ERAS[m.group("jera")] + n - 1
        if not YEAR_MIN <= year <= LATEST_YEAR:
            return None
        return When(m.start(), m.end(), year, as_written=m.group())
    try:
        year = parse_year((m.group("era") or "") + " " + m.group("num"))
    except ParseError:
        return None
    decade = m.group("decade") or DECADE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
    when = When(m.start(), m.end(), year, as_written=m.group())
    if decade and year % 10 == 0:
        when.year, when.span_period = None, f"{year}-{year + 9}"
    return when


def _attach_periods(text: str, whens: list[When]) -> None:
    """Month ranges and partial years written next to a year become its period."""
    ranges = [(m.start(), m.end(), _months(m)) for m in MONTH_RANGE_RE.finditer(text)]
    ranges += [
        (m.start(), m.end(), lookup(PARTIAL_YEARS, m.group())) for m in PARTIAL_RE.finditer(text)
    ]
    ranges.sort()
    starts = [r[0] for r in ranges]
    for when in whens:
        if when.year is None and when.offset is None:
            continue
        i = bisect.bisect_right(starts, when.start) - 1
        before = ranges[i] if i >= 0 else None
        after = ranges[i + 1] if i + 1 < len(ranges) else None
        chosen = None
        if before and before[1] <= when.start and _gap_ok(text[before[1] : when.start], 15):
            chosen = before
        elif after and after[0] >= when.end and _gap_ok(text[when.end : after[0]], 3):
            chosen = after
        if chosen and chosen[2]:
            when.period = _period_code(*chosen[2])
            s, e = min(chosen[0], when.start), max(chosen[1], when.end)
            when.start, when.end, when.as_written = s, e, text[s:e]
        ye = YEAR_END_RE.search(text, max(0, when.start - 15), when.start)
        if ye or text.startswith("年末", when.end):
            when.year_end = True
            when.as_written = text[ye.start() if ye else when.start : when.end]


def _gap_ok(gap: str, limit: int) -> bool:
    return len(gap) <= limit and re.fullmatch(r"[\s,年ปีof года]*", gap, re.I) is not None


def _months(m: re.Match) -> tuple[int, int] | None:
    if m.group("j1"):
        a, b = int(m.group("j1")), int(m.group("j2"))
    else:
        a, b = lookup(MONTH_WORDS, m.group("m1")), lookup(MONTH_WORDS, m.group("m2"))
    return (a, b) if 1 <= a < b <= 12 else None


def _period_code(first: int, last: int) -> str:
    return (
        "annual"
        if (first, last) == (1, 12)
        else f"{MONTH_CODES[first - 1]}-{MONTH_CODES[last - 1]}"
    )


def _mark_roles(line: Line, whens: list[When]) -> None:
    """Base years (after a comparison word) and years that open the next statement."""
    text = line.text
    edges = sorted([*(s.end for s in line.figures), *(w.end for w in whens)])
    for when in whens:
        i = bisect.bisect_right(edges, when.start) - 1
        floor = max(edges[i] if i >= 0 else 0, when.start - BASE_GAP)
        if (
            BASE_BEFORE_RE.search(text, floor, when.start)
            or any(
                text.startswith(j, when.end - 4 if when.as_written.endswith("年") else when.end)
                for j in BASE_AFTER_JAPANESE
            )
            or text.startswith("比", when.end)
            or when.as_written.lower() in BASE_SELF
            or _after_multiple_of(line, when)
            or _before_multiple(line, when)
        ):
            when.base = True
        if LEVEL_VERB_RE.match(text, when.end):
            when.forward = True


def _after_multiple_of(line: Line, when: When) -> bool:
    """A Thai year after a multiple and "ของ" ("เป็นสามเท่าของปี 2523": three times that of
    1980) is the multiple's base."""
    span = line.figures.last_between(max(0, when.start - 20), when.start)
    gap = line.text[span.end : when.start] if span is not None else ""
    return span is not None and span.kind == "times" and bool(MULTIPLE_OF_RE.fullmatch(gap))


def _before_multiple(line: Line, when: When) -> bool:
    """A Japanese year before "の" and a multiple ("2009年の約2倍": about twice 2009) is the
    multiple's base."""
    end = when.end + 1 if line.text.startswith("年", when.end) else when.end
    if not line.text.startswith("の", end):
        return False
    span = line.figures.first_at(end + 1, end + 3)
    return span is not None and span.kind == "times"


MULTIPLE_OF_RE = re.compile(r"\s*ของ\s*(?:ปี|พ\.ศ\.)?\s*")


def _mentions(pattern: re.Pattern, table: dict | None, text: str) -> Found:
    return Found(
        Mention(m.start(), m.end(), lookup(table, m.group()) if table else m.group())
        for m in pattern.finditer(text)
    )


def _mark_compared(line: Line) -> None:
    """Economies and flows after a comparative 'than' (not a qualifier) in the same unit."""
    text = line.text
    for m in THAN_RE.finditer(text):
        nxt = skip_spaces(text, m.end())
        if NUMBER_START.match(text, nxt) or BEFORE_FIGURE_RE.match(text[nxt : nxt + 12]):
            continue
        if _qualifier_of_level(line.figures, m.start()):  # "more than $2 billion"
            continue
        stop = line.unit_range(line.unit_of(m.start()))[1]
        figure = line.figures.first_at(m.end(), stop)
        stop = figure.start if figure is not None else stop
        for found in (line.economies, line.flows):
            k = bisect.bisect_left(found.starts, m.end())
            for mention in found[k : k + MAX_MENTIONS]:
                if mention.start >= stop:
                    break
                mention.base = True


def _mark_multiple_of(line: Line) -> None:
    """Economies named right after a multiple ("10 times Russia–Japan trade") are its base,
    to the end of the unit or the next figure."""
    for span in line.figures:
        if span.kind != "times":
            continue
        after = line.economies.first_at(span.end, span.end + 6)
        if after is None or not MULTIPLE_GAP_RE.fullmatch(line.text[span.end : after.start]):
            continue
        stop = line.unit_range(line.unit_of(span.start))[1]
        following = line.figures.first_at(span.end, stop)
        stop = following.start if following is not None else stop
        k = line.economies.index(after)
        for mention in line.economies[k : k + MAX_MENTIONS]:
            if mention.start >= stop:
                break
            mention.base = True


MULTIPLE_GAP_RE = re.compile(r"\s*(?:the\s*)?", re.I)


def _mark_japanese_compared(line: Line) -> None:
    """Japanese comparisons: the economy before "の" + a multiple ("日ロ貿易の10倍"), or before
    "より" ("日ロ貿易より"), is the base."""
    text = line.text
    for m in line.economies:
        after = text[m.end : m.end + 6]
        k = after.find("の")
        figure = line.figures.first_at(m.end + k + 1, m.end + k + 2) if k >= 0 else None
        if "より" in after or (figure is not None and figure.kind == "times"):
            m.base = True


def read_line(raw: str, number: int) -> Line:
    text = clean(raw, number)
    line = Line(number, text, bool(THAI_LETTER.search(text)))
    line.units = split_units(text, line.thai)
    line.figures = Found(figure_spans(line))
    if not line.figures and not RECORD_RE.search(text):  # a record needs no figure
        return line
    line.whens = _whens(line)
    line.economies = _mentions(ECONOMY_RE, None, text)
    line.flows = _mentions(FLOW_RE, FLOW_WORDS, text)
    line.reporters = _mentions(REPORTER_RE, REPORTER_WORDS, text)
    line.words = {
        name: _mentions(pattern, None, text)
        for name, pattern in (
            ("share", SHARE_RE),
            ("structure", STRUCTURE_RE),
            ("growth", GROWTH_RE),
            ("record", RECORD_RE),
        )
    }
    _mark_compared(line)
    _mark_multiple_of(line)
    _mark_japanese_compared(line)
    return line
