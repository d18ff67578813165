"""Read figures, years and dates as the sources write them.

Thai, English, Russian and Japanese forms: Thai and ASCII digits, thousands separators,
multiplier words alone and combined ("5 พันล้าน 581 ล้าน", "2 หมื่น 5 พันล้าน"), Thai
numbers in words ("สองหมื่นห้าพันล้าน", "หนึ่งร้อยสี่สิบเจ็ดล้าน"), qualifiers ("เกิน",
"nearly", "свыше"), percents with signs or sign words ("ร้อยละ 14"), multiples
("มากกว่า 30 ครั้ง", "สองเท่า"), tonnes and ranks; US dollars, baht, yen and roubles.
Buddhist-era and CE years.

Limits, so that any text costs time linear in its length:
- texts longer than MAX_TEXT_LENGTH characters are refused;
- only Thai and ASCII digits are read: other digits (Arabic-Indic, full-width, Devanagari)
  are refused, as the sources never use them and a figure that mixes scripts is more likely
  pasted wrongly than meant;
- control and format characters are refused, except tab and line breaks (read as spaces) and
  invisible joiners and direction marks (dropped);
- a number too large for a float (no infinity or NaN ever comes out) and a year later than
  LATEST_YEAR are refused.

Anything that cannot be read without guessing raises ParseError quoting the text.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .errors import ParseError
from .intervals import QUALIFIER_BOUND, admitted
from .schema import (
    BUDDHIST_ERA_OFFSET,
    LATEST_YEAR,
    MAX_TEXT_LENGTH,
    USSR_LAST_YEAR,
    YEAR_MIN,
)

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None)
SPACES = dict.fromkeys(
    map(
        ord,
        "\t\n\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
        "\u200a\u2028\u2029\u202f\u205f\u3000",
    ),
    " ",
)
MINUS_SIGNS = dict.fromkeys(map(ord, "\u2212\u2012\u2013"), "-")
OTHER_DIGIT = re.compile(
    r"(?![0-9])\d"
)  # any Unicode decimal digit but ASCII (Thai ones translated)


@dataclass(frozen=True)
class Figure:
    """A figure as read: its value, what it measures, and the interval it admits."""

    value: float
    unit: str  # "money", "tonnes", "percent", "times", "rank", "count"
    currency: str | None
    bound: str
    low: float
    high: float

    def stated(self) -> dict:
        """The observation-table fields of this figure as a source states it."""
        return vars(self) | {"status": "stated"}


Amount = Figure

# --- lexicon -----------------------------------------------------------------
# One table per concept. Matched longest first, case-insensitively; a word ending in a Latin or
# Cyrillic letter must end there ("us" is not the start of "usd").
QUALIFIERS = {
    "เกินกว่า": "more",
    "เกิน": "more",
    "มากกว่า": "more",
    "กว่า": "more",
    "เกือบ": "nearly",
    "ไม่ถึง": "less",
    "น้อยกว่า": "less",
    "ประมาณ": "about",
    "ราว": "about",
    "more than": "more",
    "over": "more",
    "at least": "more",
    "exceeding": "more",
    "nearly": "nearly",
    "almost": "nearly",
    "less than": "less",
    "under": "less",
    "about": "about",
    "approximately": "about",
    "around": "about",
    "some": "about",
    "just over": "about",
    "just under": "about",
    "более": "more",
    "свыше": "more",
    "превышал": "more",
    "превысил": "more",
    "около": "about",
    "почти": "nearly",
    "менее": "less",
    "едва достигал": "nearly",
    "約": "about",
}
# Thai place words: a number's digits within a group ("2 หมื่น 5 พัน" is 25,000).
THAI_PLACES = {"สิบ": 1e1, "ร้อย": 1e2, "พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5}
# Scale words: multiply the whole group written before them since the last scale word
# ("2 หมื่น 5 พันล้าน" is 25,000 x 10^6); repeated, they multiply ("ล้านล้าน" is 10^12).
SCALES = {
    "ล้าน": 1e6,
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,  # "$34.8B"
    "trillion": 1e12,
    "тыс.": 1e3,
    "тыс": 1e3,
    "млн.": 1e6,
    "млн": 1e6,
    "миллионов": 1e6,
    "млрд.": 1e9,
    "млрд": 1e9,
    "миллиардов": 1e9,
    "трлн.": 1e12,
    "трлн": 1e12,
    "万": 1e4,
    "億": 1e8,
    "千億": 1e11,  # "1兆4千億円": 1.4 trillion
    "千万": 1e7,
    "兆": 1e12,
}
CURRENCIES = {
    "ดอลลาร์สหรัฐฯ": "USD",
    "ดอลลาร์สหรัฐ": "USD",
    "ดอลลาร์": "USD",
    "ดอลล่าร์": "USD",
    "เหรียญสหรัฐฯ": "USD",
    "เหรียญสหรัฐ": "USD",
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "us": "USD",
    "долл.": "USD",
    "долларов": "USD",
    "ドル": "USD",
    "บาท": "THB",
    "baht": "THB",
    "thb": "THB",
    "฿": "THB",
    "руб.": "ROUBLE",
    "руб": "ROUBLE",
    "рублей": "ROUBLE",
    "рубля": "ROUBLE",
    "roubles": "ROUBLE",
    "rubles": "ROUBLE",
    "rub": "ROUBLE",
    "รูเบิล": "ROUBLE",
    "sur": "SUR",
    "円": "JPY",
    "yen": "JPY",
    "иен": "JPY",
    "иены": "JPY",
    "иенах": "JPY",
    "jpy": "JPY",
    "เยน": "JPY",
}
UNITS = {
    "ตัน": "tonnes",
    "tonnes": "tonnes",
    "tons": "tonnes",
    "тонн": "tonnes",
    "%": "percent",
    "ร้อยละ": "percent",
    "เปอร์เซ็นต์": "percent",
    "percent": "percent",
    "per cent": "percent",
    "процента": "percent",
    "процентов": "percent",
    "процент": "percent",
    "ครั้ง": "times",
    "เท่า": "times",
    "times": "times",
    "fold": "times",
    "-fold": "times",
    "раза": "times",
    "раз": "times",
    "อันดับที่": "rank",
    "อันดับ": "rank",
    "rank": "rank",
}
SIGN_WORDS = {
    "ลดลง": -1,
    "เพิ่มขึ้น": 1,
    "fell": -1,
    "dropped": -1,
    "down": -1,
    "declined": -1,
    "decreased": -1,
    "rose": 1,
    "up": 1,
    "increased": 1,
    "grew": 1,
    "снизился": -1,
    "сократился": -1,
    "упал": -1,
    "вырос": 1,
}
NUMBER_WORDS = {
    "หนึ่ง": 1,
    "สอง": 2,
    "สาม": 3,
    "สี่": 4,
    "ห้า": 5,
    "หก": 6,
    "เจ็ด": 7,
    "แปด": 8,
    "เก้า": 9,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
}
# Thai digits with one place only: ยี่ (2) before สิบ, เอ็ด (1) as the units after a place word.
THAI_BOUND_DIGITS = {"ยี่": 2, "เอ็ด": 1}
WORD_MULTIPLES = {
    "twice": 2,
    "double": 2,
    "doubled": 2,
    "tripled": 3,
    "threefold": 3,
    "fivefold": 5,
}
FILLERS = {"ต่อปี", "per year", "a year", "annually", "another", "(", ")", "by"}

LEXICON: dict[str, tuple[str, object]] = {
    **{k: ("qualifier", v) for k, v in QUALIFIERS.items()},
    **{k: ("place", v) for k, v in THAI_PLACES.items()},
    **{k: ("scale", v) for k, v in SCALES.items()},
    **{k: ("currency", v) for k, v in CURRENCIES.items()},
    **{k: ("unit", v) for k, v in UNITS.items()},
    **{k: ("sign_word", v) for k, v in SIGN_WORDS.items()},
    **{k: ("number_word", v) for k, v in NUMBER_WORDS.items()},
    **{k: ("bound_digit", v) for k, v in THAI_BOUND_DIGITS.items()},
    **{k: ("word_multiple", v) for k, v in WORD_MULTIPLES.items()},
    **{k: ("filler", None) for k in FILLERS},
}
NUMBER_RE = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)*")
SKIP_RE = re.compile(r"[ :,;–]+")
WORD_END_RE = re.compile(r"[ 0-9]")
LATIN_OR_CYRILLIC = re.compile(r"[A-Za-zА-Яа-яЁё]")


def _words_pattern(words) -> re.Pattern:
    """One regex matching any of the words, longest first, Latin and Cyrillic ones whole."""
    alternatives = [
        re.escape(w) + ("(?![a-zа-яё])" if LATIN_OR_CYRILLIC.match(w[-1]) else "")
        for w in sorted(words, key=lambda w: (-len(w), w))
    ]
    return re.compile("|".join(alternatives))


def _by_initial(words) -> dict[str, re.Pattern]:
    """Word patterns keyed by first character: one regex tried per position, so the cost of
    reading a text grows with its length only."""
    initials: dict[str, list[str]] = {}
    for w in words:
        initials.setdefault(w[0], []).append(w)
    return {c: _words_pattern(ws) for c, ws in initials.items()}


WORDS_BY_INITIAL = _by_initial(LEXICON)
MULTIPLIER_RE = _words_pattern([*THAI_PLACES, *SCALES])


def _excerpt(text: str, limit: int = 80) -> str:
    """The start of a long text, to quote in an error."""
    return text if len(text) <= limit else text[:limit] + "…"


def _finite(x: float, text: str) -> float:
    """x, or ParseError when it overflowed: no infinity or NaN leaves the parser."""
    if not math.isfinite(x):
        raise ParseError("number too large to read", _excerpt(text))
    return x


def _check_characters(norm: str, text: str) -> None:
    """Refuse control and format characters and digits other than Thai and ASCII."""
    if not norm.isprintable():
        bad = next(c for c in norm if not c.isprintable())
        raise ParseError(f"control or unprintable character U+{ord(bad):04X}", text)
    other = OTHER_DIGIT.search(norm)
    if other:
        name = unicodedata.name(other.group(), "unknown digit")
        raise ParseError(f"digit {other.group()!r} ({name}): only Thai and ASCII digits", text)


def normalise(text: str) -> str:
    """NFC, Thai digits to ASCII, invisible characters dropped, one kind of space and minus.

    Refuses texts longer than MAX_TEXT_LENGTH, control characters and foreign digits.
    """
    if not isinstance(text, str):
        raise ParseError("not text", repr(text))
    if len(text) > MAX_TEXT_LENGTH:
        raise ParseError(f"longer than {MAX_TEXT_LENGTH} characters", _excerpt(text))
    norm = unicodedata.normalize("NFC", text).translate(INVISIBLE).translate(SPACES)
    norm = norm.translate(MINUS_SIGNS).translate(THAI_DIGITS)
    _check_characters(norm, text)
    return norm.strip()


def read_number(token: str, text: str) -> tuple[float, float]:
    """Value and half a unit of the last written digit of a number token.

    Commas followed by groups of exactly three digits are thousands separators, any
    other single comma is a decimal comma ("1,2%" is 1.2); with both comma and point,
    the last one is the decimal mark.
    """
    sign = -1.0 if token.startswith("-") else 1.0
    body = token.lstrip("+-")
    seps = re.findall(r"[.,]", body)
    parts = re.split(r"[.,]", body)
    groups_of_three = all(len(p) == 3 for p in parts[1:])
    if not seps:
        integer, decimals = body, ""
    elif len(set(seps)) == 2:
        if (
            len(set(seps[:-1])) != 1
            or seps[-1] == seps[0]
            or any(len(p) != 3 for p in parts[1:-1])
        ):
            raise ParseError("malformed number", text)
        integer, decimals = "".join(parts[:-1]), parts[-1]
    elif len(seps) > 1 or (seps[0] == "," and groups_of_three):
        if not groups_of_three:
            raise ParseError("malformed number", text)
        integer, decimals = "".join(parts), ""
    else:
        integer, decimals = parts
    value = _finite(float(f"{integer}.{decimals}" if decimals else integer), text)
    return sign * value, 0.5 * 10.0 ** (-len(decimals))


# --- number expressions ------------------------------------------------------------
@dataclass
class _Place:
    """One number with its place word: "5 พัน" is (5, half 0.5, place 1000)."""

    number: float
    half: float
    place: float = 1.0
    digits: bool = True  # written in digits rather than words
    decimals: bool = False
    kind: str = "number"  # "number", "word", "ยี่", "เอ็ด", "implicit"


@dataclass
class _Group:
    """Places summed, then multiplied by the scale words written after them."""

    places: list[_Place] = field(default_factory=list)
    scale: float = 1.0


@dataclass
class _Expression:
    """The number words of one figure, in the order written, grouped as they are read."""

    text: str
    groups: list[_Group] = field(default_factory=lambda: [_Group()])
    pending: _Place | None = None  # a number waiting for its place word
    after_scale: bool = False

    def _open(self) -> _Group:
        if self.after_scale:
            self.groups.append(_Group())
            self.after_scale = False
        return self.groups[-1]

    def number(self, item: _Place) -> None:
        if self.pending is not None:
            raise ParseError("two numbers without a multiplier word between them", self.text)
        group = self._open()
        if item.kind == "เอ็ด" and (not group.places or group.places[-1].place == 1.0):
            raise ParseError("เอ็ด is the units digit after a place word (สิบเอ็ด)", self.text)
        self.pending = item

    def place(self, word: str, value: float) -> None:
        number = self.pending
        if number is None and value == 10.0:
            number = _Place(1.0, 0.5, digits=False, kind="implicit")  # สิบ alone is ten
        if number is None:
            raise ParseError(f"multiplier word {word!r} without a number", self.text)
        _check_thai_spelling(number, value, self.text)
        self._open().places.append(
            _Place(number.number, number.half, value, number.digits, number.decimals, number.kind)
        )
        self.pending = None

    def scale(self, word: str, value: float) -> None:
        self._flush()
        group = self.groups[-1]
        if not group.places:
            raise ParseError(f"multiplier word {word!r} without a number", self.text)
        group.scale = _finite(group.scale * value, self.text)
        self.after_scale = True

    def _flush(self) -> None:
        if self.pending is not None:
            self._open().places.append(self.pending)
            self.pending = None

    def finish(self) -> list[_Group]:
        self._flush()
        return [g for g in self.groups if g.places]


def _check_thai_spelling(number: _Place, place: float, text: str) -> None:
    """ยี่ only before สิบ; สิบ is not written หนึ่งสิบ or สองสิบ; เอ็ด takes no place word."""
    if number.kind == "ยี่" and place != 10.0:
        raise ParseError("ยี่ is 2 only before สิบ (ยี่สิบ)", text)
    if number.kind == "เอ็ด":
        raise ParseError("เอ็ด is the units digit and takes no place word", text)
    if number.kind == "word" and place == 10.0 and number.number in (1.0, 2.0):
        raise ParseError("ten is สิบ and twenty ยี่สิบ in Thai words", text)


def _group_total(group: _Group, text: str) -> float:
    """Sum of a group's places, each below the one before ("2 หมื่น 15 พัน" is refused)."""
    for before, p in itertools.pairwise(group.places):
        if p.place >= before.place or p.number * p.place >= before.place:
            raise ParseError("number words do not descend", text)
    total = math.fsum(p.number * p.place for p in group.places)
    return _finite(total * group.scale, text)


def _check_groups(groups: list[_Group], text: str) -> None:
    """Each group below the last place of the one before; decimals only in the last number."""
    places = [p for g in groups for p in g.places]
    if any(p.decimals for p in places[:-1]):
        raise ParseError("a number with decimals before another number", text)
    for before, group in itertools.pairwise(groups):
        smallest = before.places[-1].place * before.scale
        first = group.places[0]
        if first.place * group.scale >= smallest or _group_total(group, text) >= smallest:
            raise ParseError("number groups do not descend", text)
        bare = group.scale == 1.0 and first.place == 1.0 and first.digits
        if bare and before.scale > 1.0:
            raise ParseError("a number without a multiplier word after a multiplied one", text)


def _value(groups: list[_Group], text: str) -> tuple[float, float]:
    """Value and half a unit of the last written digit: "5 พันล้าน 581 ล้าน" is 5.581e9 +- 5e5."""
    _check_groups(groups, text)
    total = _finite(math.fsum(_group_total(g, text) for g in groups), text)
    last = groups[-1].places[-1]
    return total, last.half * last.place * groups[-1].scale


def _is_plain(groups: list[_Group]) -> bool:
    """One number without place or scale words: percents and ranks."""
    return len(groups) == 1 and len(groups[0].places) == 1 and groups[0].places[0].place == 1.0


@dataclass
class _Reading:
    """What the tokens of one figure said, before it is checked and combined."""

    qualifier: str | None = None
    sign: int | None = None
    currency: str | None = None
    unit: str | None = None
    groups: list[_Group] = field(default_factory=list)
    word_multiple: float | None = None


def _word_at(low: str, i: int) -> re.Match | None:
    """The lexicon word starting at position i, longest first, or None."""
    pattern = WORDS_BY_INITIAL.get(low[i])
    return pattern.match(low, i) if pattern else None


def _tokens(text: str):
    """Yield (kind, payload, raw) over normalised text; unknown words raise."""
    low = text.lower()
    i = 0
    while i < len(low):
        skip = SKIP_RE.match(low, i)
        if skip:
            i = skip.end()
            continue
        m = NUMBER_RE.match(low, i)
        if m and not (m.group().startswith(("+", "-")) and i > 0 and low[i - 1].isalnum()):
            yield "number", m.group(), m.group()
            i = m.end()
            continue
        w = _word_at(low, i)
        if w is None:
            end = WORD_END_RE.search(low, i + 1)
            raise ParseError(f"unknown word {low[i : end.start() if end else None]!r}", text)
        kind, payload = LEXICON[w.group()]
        yield kind, payload, w.group()
        i = w.end()


NUMBER_KINDS = {"number", "number_word", "bound_digit", "place", "scale"}


def _number_token(r: _Reading, expr: _Expression, kind: str, payload, raw: str) -> None:
    """Feed one number, number word, place or scale word to the expression being read."""
    if kind == "place":
        expr.place(raw, payload)
    elif kind == "scale":
        expr.scale(raw, payload)
    elif kind == "number":
        if raw.startswith(("+", "-")):
            if r.sign is not None:
                raise ParseError("two signs", expr.text)
            if expr.pending or expr.groups[0].places:
                raise ParseError("a sign inside a figure", expr.text)
            r.sign = -1 if raw.startswith("-") else 1
        value, half = read_number(raw.lstrip("+-"), expr.text)
        expr.number(_Place(value, half, decimals=half < 0.5))
    else:
        word_kind = "word" if kind == "number_word" else raw
        expr.number(_Place(float(payload), 0.5, digits=False, kind=word_kind))


def _other_token(r: _Reading, kind: str, payload, raw: str, text: str) -> None:
    """Record a qualifier, sign word, currency, unit or multiple word."""
    if kind == "qualifier":
        if r.qualifier is not None:
            raise ParseError(f"qualifier {raw!r} out of place", text)
        r.qualifier = payload
    elif kind == "sign_word":
        if r.sign is not None:
            raise ParseError("two signs", text)
        r.sign = payload
    elif kind in ("currency", "unit"):
        if getattr(r, kind) not in (None, payload):
            raise ParseError(f"two {'currencies' if kind == 'currency' else 'units'}", text)
        setattr(r, kind, payload)
    elif kind == "word_multiple":
        r.word_multiple = float(payload)
        r.unit = "times"


def _read(text: str) -> _Reading:
    """The tokens of a figure: one number expression, written in one piece, and its words."""
    norm = normalise(text)
    if not norm:
        raise ParseError("empty figure", text)
    r, expr = _Reading(), _Expression(text)
    state = "before"  # before, in or after the number expression
    for kind, payload, raw in _tokens(norm):
        if kind in NUMBER_KINDS:
            if state == "after":
                if kind in ("place", "scale"):
                    raise ParseError(f"multiplier word {raw!r} without a number", text)
                raise ParseError("two numbers without a multiplier word between them", text)
            state = "in"
            _number_token(r, expr, kind, payload, raw)
        else:
            if kind == "qualifier" and state != "before":
                raise ParseError(f"qualifier {raw!r} out of place", text)
            state = "after" if state == "in" else state
            _other_token(r, kind, payload, raw, text)
    r.groups = expr.finish()
    return r


def _combine(r: _Reading, text: str) -> tuple[float, float]:
    """The value of the number expression, or of a multiple word."""
    if r.word_multiple is not None:
        if r.groups:
            raise ParseError("a number and a multiple word together", text)
        return r.word_multiple, 0.5
    if not r.groups:
        raise ParseError("no number", text)
    return _value(r.groups, text)


def _figure(r: _Reading, value: float, half: float, unit: str, currency: str | None) -> Figure:
    """The figure with the interval its qualifier and last written digit admit."""
    qualifier = r.qualifier or "exact"
    low, high = admitted(value, half, qualifier)
    open_low, open_high = qualifier == "less" and value < 0, qualifier == "more"
    if not (math.isfinite(low) or open_low) or not (math.isfinite(high) or open_high):
        raise ParseError("number too large to read", f"{value:g}")
    return Figure(
        value=value,
        unit=unit,
        currency=currency,
        bound=QUALIFIER_BOUND[qualifier],
        low=low,
        high=high,
    )


def _rouble(year: int | None, text: str) -> str:
    """Soviet (SUR, to 1991) or Russian (RUB) roubles, by the year; without one, refused."""
    if year is None:
        raise ParseError(
            "roubles need a year to tell Soviet (SUR) from Russian (RUB) roubles", text
        )
    return "SUR" if year <= USSR_LAST_YEAR else "RUB"


@lru_cache(maxsize=4096)  # a large file repeats its figures: each text is read once
def parse_amount(text: str, year: int | None = None) -> Figure:
    """A money amount or quantity: value in currency units (or tonnes), with its interval.

    >>> parse_amount("5 พันล้าน 581 ล้านดอลลาร์").value
    5581000000.0
    >>> parse_amount("2 หมื่น 5 พันล้านบาท").value
    25000000000.0
    """
    r = _read(text)
    if r.unit not in (None, "tonnes"):
        raise ParseError(f"not an amount ({r.unit})", text)
    if r.sign == -1:
        raise ParseError("negative amount", text)
    if r.word_multiple is not None:
        raise ParseError("not an amount", text)
    value, half = _combine(r, text)
    currency = r.currency
    if currency == "ROUBLE":
        currency = _rouble(year, text)
    if r.unit == "tonnes" and currency:
        raise ParseError("both tonnes and a currency", text)
    if r.unit is None and currency is None:
        raise ParseError(
            "no currency or unit (an amount is never assumed to be dollars: write it,"
            " e.g. '$12.5 bn', '12.5 bn USD', '12.5 พันล้านดอลลาร์')",
            text,
        )
    figure = _figure(r, value, half, "tonnes" if r.unit == "tonnes" else "money", currency)
    return replace(figure, low=max(figure.low, 0.0))  # "0 ดอลลาร์" admits no negative amount


def _plain_number(r: _Reading, what: str, text: str) -> tuple[float, float]:
    """The one number of a percent or rank, written without multiplier words."""
    if r.currency or r.word_multiple is not None or not r.groups or not _is_plain(r.groups):
        raise ParseError(f"not a {what}", text)
    place = r.groups[0].places[0]
    return place.number, place.half


def read_percent(text: str) -> Figure:
    """A signed percent as a Figure, with its bound and interval: the form readers use.

    "ลดลง 1.9%" is -1.9, admitting [-1.95, -1.85]; "ร้อยละ 14" is 14.
    """
    r = _read(text)
    if r.unit != "percent":
        raise ParseError("not a percent", text)
    value, half = _plain_number(r, "percent", text)
    if r.sign == -1 and value > 0 and r.qualifier in ("more", "less", "nearly"):
        # A fall: the qualifier bounds its size, so "fell more than 40%" is at most -40 %,
        # (-inf, -40], and "10%以上減少" at most -10 %.
        size = _figure(r, value, half, "percent", None)
        return Figure(
            value=-value,
            unit="percent",
            currency=None,
            bound=MIRRORED_BOUND[size.bound],
            low=-size.high,
            high=-size.low,
        )
    return _figure(r, value * (r.sign or 1), half, "percent", None)


# The bound of a fall's size, as a bound of the signed rate.
MIRRORED_BOUND = {"exact": "exact", "about": "about", "at_least": "at_most", "at_most": "at_least"}


def parse_percent(text: str) -> float:
    """The signed percent a text states, as a plain float: read_percent(text).value.

    "(+12.7%)" is 12.7, "1,2%" is 1.2. Reads and refuses exactly what read_percent does;
    use read_percent for the bound and interval.
    """
    return read_percent(text).value


def parse_multiple(text: str) -> Figure:
    """A multiple: "มากกว่า 30 ครั้ง" admits [30, inf); "สองเท่า" is 2, "ยี่สิบเท่า" 20."""
    r = _read(text)
    if r.unit != "times" or r.currency or r.sign == -1:
        raise ParseError("not a multiple", text)
    if len(r.groups) > 1 or any(g.scale != 1.0 for g in r.groups):
        raise ParseError("multiplier word in a multiple", text)
    value, half = _combine(r, text)
    return _figure(r, value, half, "times", None)


def parse_rank(text: str) -> Figure:
    """A rank: "อันดับที่ 8" is 8."""
    r = _read(text)
    if r.unit != "rank" or r.qualifier:
        raise ParseError("not a rank", text)
    value, _half = _plain_number(r, "rank", text)
    if value < 1 or value != int(value):
        raise ParseError("a rank is a whole number from 1", text)
    return Figure(value=value, unit="rank", currency=None, bound="exact", low=value, high=value)


def number_in(text: str) -> tuple[float, float]:
    """The first number in free text with the multiplier words right after it, and its half unit.

    For checking a structured value against its text as written, where the text
    carries other words ("$400 million annually", "往復53億ドル").
    """
    norm = normalise(text).lower()
    m = NUMBER_RE.search(norm)
    if not m:
        raise ParseError("no number", text)
    value, half = read_number(m.group().lstrip("+-"), text)
    pos, mult = m.end(), 1.0
    while (word := MULTIPLIER_RE.match(norm, _skip_spaces(norm, pos))) is not None:
        mult = _finite(mult * LEXICON[word.group()][1], text)
        pos = word.end()
    return _finite(abs(value) * mult, text), half * mult


def _skip_spaces(text: str, pos: int) -> int:
    """The first position from pos that is not a space."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


# --- years and dates -----------------------------------------------------------
ERA_RE = re.compile(
    r"(พ\s*\.\s*ศ\s*\.?|พ\.ศ|ค\s*\.\s*ศ\s*\.?|\bB\.?E\.?\b|\bA\.?D\.?\b|\bC\.?E\.?\b)"
)
YEAR_RE = re.compile(r"(?<![0-9.,])[0-9]{4}(?![0-9%])")
THAI_MONTHS = {
    "มกราคม": 1,
    "กุมภาพันธ์": 2,
    "มีนาคม": 3,
    "เมษายน": 4,
    "พฤษภาคม": 5,
    "มิถุนายน": 6,
    "กรกฎาคม": 7,
    "สิงหาคม": 8,
    "กันยายน": 9,
    "ตุลาคม": 10,
    "พฤศจิกายน": 11,
    "ธันวาคม": 12,
}
BE_MIN, BE_MAX = YEAR_MIN + BUDDHIST_ERA_OFFSET, LATEST_YEAR + BUDDHIST_ERA_OFFSET


def _era(marker: str) -> str:
    """'BE' for a Buddhist-era marker (พ.ศ., B.E.), 'CE' for the others."""
    m = marker.replace(" ", "").replace(".", "").upper()
    return "BE" if m in ("พศ", "BE") else "CE"


def _to_ce(number: int, era: str | None, text: str) -> int:
    """The CE year of a written year: by its era marker, else by the range it falls in."""
    if era == "BE" or (era is None and number >= BE_MIN):
        year = number - BUDDHIST_ERA_OFFSET
    elif era == "CE" or (era is None and YEAR_MIN <= number <= LATEST_YEAR):
        year = number
    elif era is None and LATEST_YEAR < number < BE_MIN:
        raise ParseError(
            f"{number} is later than {LATEST_YEAR}, the latest year read, "
            f"and before {BE_MIN}, the first Buddhist-era year read",
            text,
        )
    else:
        raise ParseError(
            f"{number} is neither a CE year ({YEAR_MIN}-{LATEST_YEAR}) "
            f"nor a Buddhist-era year ({BE_MIN}-{BE_MAX})",
            text,
        )
    if year > LATEST_YEAR:
        raise ParseError(f"{number} is later than {LATEST_YEAR}, the latest year read", text)
    if year < YEAR_MIN:
        raise ParseError(f"{number} is not a plausible {era or 'BE'} year", text)
    return year


def parse_years(text: str) -> list[int]:
    """Every year in a text, in CE, in the order written.

    พ.ศ. marks Buddhist-era years and ค.ศ. CE years, each up to the next marker; a bare
    year is CE from 1800 to LATEST_YEAR and Buddhist era from 2343 (= 1800 CE).
    """
    norm = normalise(text)
    markers = [(m.start(), _era(m.group())) for m in ERA_RE.finditer(norm)]
    years, k, era = [], 0, None
    for m in YEAR_RE.finditer(norm):
        while k < len(markers) and markers[k][0] < m.start():
            era = markers[k][1]
            k += 1
        years.append(_to_ce(int(m.group()), era, text))
    return years


def parse_year(text: str) -> int:
    """The one CE year a text names: "พ.ศ. 2503" and "ปี 2552" are Buddhist era, "ปี 2013" CE."""
    years = sorted(set(parse_years(text)))
    if len(years) != 1:
        raise ParseError("expected exactly one year" if years else "no year", text)
    return years[0]


def parse_date(text: str) -> str:
    """An ISO 8601 date, month, year or interval for a Thai date as written.

    "11-13 พฤศจิกายน พ.ศ. 2536" -> "1993-11-11/1993-11-13"; "พ.ศ. 2447-2448" -> "1904/1905".
    """
    norm = normalise(text)
    years = sorted(set(parse_years(norm)))
    months = [n for name, n in THAI_MONTHS.items() if name in norm]
    without_years = YEAR_RE.sub(" ", norm)
    days = [int(d) for d in re.findall(r"(?<![0-9])[0-9]{1,2}(?![0-9])", without_years)]
    if not years or len(months) > 1 or len(days) > 2 or (days and not months):
        raise ParseError("cannot read date", text)
    if len(years) == 2 and not months:
        return f"{years[0]}/{years[1]}"
    if len(years) != 1:
        raise ParseError("cannot read date", text)
    year = years[0]
    if not months:
        return f"{year}"
    stamp = f"{year}-{months[0]:02d}"
    if any(not 1 <= d <= 31 for d in days):
        raise ParseError("day out of range", text)
    return "/".join(f"{stamp}-{d:02d}" for d in days) or stamp
