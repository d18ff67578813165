"""A line as read: cleaned, split into units (Thai clauses, other sentences), and the types
its figures and mentions are held in.

How a text is read, line by line (a line is a paragraph; locators are `line N`):

1. Figure spans (rjtrade.claims.spans): every number (digits, or Thai and English number
   words before a multiple word) with the multiplier, currency and unit words after it and the
   qualifier, sign, currency or rank words right before it. A number without a unit or
   currency is no figure.
2. Mentions (rjtrade.claims.mentions): years (Common or Buddhist Era, Japanese era names, with
   month ranges and partial years such as "มกราคมถึงกันยายน", "1～9月"), relative years ("last
   year", "ปีที่แล้ว"), economies, flows and measure words, each found with one regex per
   concept (rjtrade.claims.lexicon).
3. Units: Thai has no full stops, so a Thai line is split into clauses at spaces between words
   (a space next to a digit joins); other scripts are split into sentences.
4. Context (rjtrade.claims.context): each figure takes the year written right after it ("147
   ล้านดอลลาร์ในปี 2503") unless that year opens the next statement ("ในปี 2548 มีมูลค่า ..."),
   else the nearest year before it in the paragraph that is not a base ("compared with 2013",
   "ตั้งแต่ปี 2546"); the flow named nearest before it in its unit (or right after: "อันดับที่
   4 ในด้านนำเข้า"); the two economies named nearest to it, those after "than"/"มากกว่า"/"чем"
   being the base of a comparison.

Every step costs time linear in the text's length; texts over MAX_CLAIM_TEXT_LENGTH are refused.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field

from ..errors import ParseError
from ..parse import INVISIBLE, MINUS_SIGNS, SPACES, THAI_DIGITS, Figure
from .patterns import (
    BAD_CHARACTER,
    FORMAT_CHARACTER,
    FULL_WIDTH,
    SENTENCE_BREAK,
    THAI_CLAUSE_BREAK,
)


@dataclass
class Span:
    """A figure as written: where it is, the text the parser reads and what it is."""

    start: int
    end: int
    parse_text: str
    kind: str  # "money", "tonnes", "percent", "times", "rank"
    figure: Figure | None = None


@dataclass
class When:
    """A year, period or relative year mentioned in a line."""

    start: int
    end: int
    year: int | None
    period: str = "annual"
    as_written: str = ""
    offset: int | None = None  # relative years: offset from the reference year
    current: bool = False  # "currently": a recent year, not named
    span_period: str | None = None  # a decade: "1990-1999"
    base: bool = False  # the base of a comparison
    forward: bool = False  # opens the next statement
    year_end: bool = False


@dataclass
class Mention:
    start: int
    end: int
    value: object
    base: bool = False


class Found(list):
    """Spans or mentions in order of position, with their starts: every look-up is a bisection,
    so the cost of a line grows with its length times the log of its mentions."""

    def __init__(self, items=()):
        super().__init__(sorted(items, key=lambda i: i.start))
        self.starts = [i.start for i in self]

    def last_between(self, low: int, high: int):
        """The last item starting in [low, high), or None."""
        k = bisect.bisect_left(self.starts, high) - 1
        return self[k] if k >= 0 and self.starts[k] >= low else None

    def first_at(self, low: int, high: int):
        """The first item starting in [low, high), or None."""
        k = bisect.bisect_left(self.starts, low)
        return self[k] if k < len(self) and self.starts[k] < high else None


@dataclass
class Line:
    """One line read: its figures, mentions and units (clauses or sentences)."""

    number: int
    text: str
    thai: bool
    units: list[int] = field(default_factory=list)  # start of each unit
    figures: Found = field(default_factory=Found)
    whens: Found = field(default_factory=Found)
    economies: Found = field(default_factory=Found)
    flows: Found = field(default_factory=Found)
    reporters: Found = field(default_factory=Found)
    words: dict[str, Found] = field(default_factory=dict)  # share, structure, growth, record

    def unit_of(self, pos: int) -> int:
        return bisect.bisect_right(self.units, pos) - 1

    def unit_range(self, index: int) -> tuple[int, int]:
        start = self.units[index] if index >= 0 else 0
        end = self.units[index + 1] if index + 1 < len(self.units) else len(self.text)
        return start, end


def clean(line: str, number: int) -> str:
    """The line as read: NFC, one kind of space and minus, Thai and full-width digits as ASCII."""
    bad = BAD_CHARACTER.search(line)
    if bad:
        raise ParseError(
            f"line {number}: control character U+{ord(bad.group()):04X}, not plain text",
            line[max(0, bad.start() - 20) : bad.start() + 20],
        )
    text = unicodedata.normalize("NFC", line).translate(INVISIBLE).translate(FULL_WIDTH)
    text = FORMAT_CHARACTER.sub("", text).translate(SPACES).translate(MINUS_SIGNS)
    return text.translate(THAI_DIGITS)


def split_units(text: str, thai: bool) -> list[int]:
    breaks = THAI_CLAUSE_BREAK if thai else SENTENCE_BREAK
    return [0, *(m.end() for m in breaks.finditer(text))]
