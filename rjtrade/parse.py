"""Read figures, years and dates as the sources write them.

Thai, English, Russian and Japanese forms: Thai and Arabic digits, thousands
separators, multiplier words alone and combined ("5 พันล้าน 581 ล้าน"), qualifiers
("เกิน", "nearly", "свыше"), percents with signs or sign words, multiples
("มากกว่า 30 ครั้ง", "สองเท่า"), tonnes and ranks. Buddhist-era and CE years.

Anything that cannot be read without guessing raises ParseError quoting the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .errors import ParseError
from .intervals import QUALIFIER_BOUND, admitted
from .schema import BUDDHIST_ERA_OFFSET, USSR_LAST_YEAR, YEAR_MAX, YEAR_MIN

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
SPACES = dict.fromkeys(map(ord, "\u00a0\u2009\u202f\u2007\t\n\r"), " ")
MINUS_SIGNS = dict.fromkeys(map(ord, "\u2212\u2012\u2013"), "-")


@dataclass(frozen=True)
class Figure:
    """A figure as read: its value, what it measures, and the interval it admits."""

    value: float
    unit: str  # "money", "tonnes", "percent", "times", "rank", "count"
    currency: str | None
    bound: str
    low: float
    high: float


Amount = Figure

# --- lexicon -----------------------------------------------------------------
# Each entry: text -> (kind, payload). Matched longest first, case-insensitively.
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
MULTIPLIERS = {
    # Thai units compose by product: พันล้าน = พัน x ล้าน = 10^9
    "สิบ": 1e1,
    "ร้อย": 1e2,
    "พัน": 1e3,
    "หมื่น": 1e4,
    "แสน": 1e5,
    "ล้าน": 1e6,
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
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
    "兆": 1e12,
}
CURRENCIES = {
    "ดอลลาร์สหรัฐ": "USD",
    "ดอลลาร์": "USD",
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
    "руб.": "ROUBLE",
    "руб": "ROUBLE",
    "рублей": "ROUBLE",
    "рубля": "ROUBLE",
    "roubles": "ROUBLE",
    "rubles": "ROUBLE",
    "rub": "ROUBLE",
    "sur": "SUR",
    "円": "JPY",
    "yen": "JPY",
    "jpy": "JPY",
    "เยน": "JPY",
}
UNITS = {
    "ตัน": "tonnes",
    "tonnes": "tonnes",
    "tons": "tonnes",
    "тонн": "tonnes",
    "%": "percent",
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
WORD_MULTIPLES = {
    "twice": 2,
    "double": 2,
    "doubled": 2,
    "tripled": 3,
    "threefold": 3,
    "fivefold": 5,
}
FILLERS = {"ต่อปี", "per year", "a year", "annually", "another", "(", ")", "by"}

LEXICON: list[tuple[str, str, object]] = sorted(
    [(k, "qualifier", v) for k, v in QUALIFIERS.items()]
    + [(k, "multiplier", v) for k, v in MULTIPLIERS.items()]
    + [(k, "currency", v) for k, v in CURRENCIES.items()]
    + [(k, "unit", v) for k, v in UNITS.items()]
    + [(k, "sign_word", v) for k, v in SIGN_WORDS.items()]
    + [(k, "number_word", v) for k, v in NUMBER_WORDS.items()]
    + [(k, "word_multiple", v) for k, v in WORD_MULTIPLES.items()]
    + [(k, "filler", None) for k in FILLERS],
    key=lambda e: -len(e[0]),
)
NUMBER_RE = re.compile(r"[+-]?\d+(?:[.,]\d+)*")
LATIN_OR_CYRILLIC = re.compile(r"[A-Za-zА-Яа-яЁё]")


def normalise(text: str) -> str:
    """NFC, Thai digits to Arabic, invisible characters dropped, one kind of space and minus."""
    if not isinstance(text, str):
        raise ParseError("not text", repr(text))
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE).translate(SPACES)
    return text.translate(MINUS_SIGNS).translate(THAI_DIGITS).strip()


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
    value = float(f"{integer}.{decimals}" if decimals else integer)
    return sign * value, 0.5 * 10.0 ** (-len(decimals))


@dataclass
class _Reading:
    """What the tokens of one figure said, before it is checked and combined."""

    qualifier: str | None = None
    sign: int | None = None
    currency: str | None = None
    unit: str | None = None
    groups: list = field(default_factory=list)  # [number, half_unit, multiplier] per number group
    word_multiple: float | None = None


def _tokens(text: str):
    """Yield (kind, payload, raw) over normalised text; unknown words raise."""
    low = text.lower()
    i = 0
    while i < len(low):
        if low[i] == " " or low[i] in ":,;–":
            i += 1
            continue
        m = NUMBER_RE.match(low, i)
        if m and not (m.group().startswith(("+", "-")) and i > 0 and low[i - 1].isalnum()):
            yield "number", m.group(), m.group()
            i = m.end()
            continue
        for entry, kind, payload in LEXICON:
            if low.startswith(entry, i):
                end = i + len(entry)
                # Latin and Cyrillic words must end at a word boundary ("us" is not "usd")
                if (
                    LATIN_OR_CYRILLIC.match(entry[-1])
                    and end < len(low)
                    and LATIN_OR_CYRILLIC.match(low[end])
                ):
                    continue
                yield kind, payload, entry
                i = end
                break
        else:
            j = i + 1
            while j < len(low) and low[j] != " " and not low[j].isdigit():
                j += 1
            raise ParseError(f"unknown word {text[i:j]!r}", text)


def _read(text: str) -> _Reading:
    norm = normalise(text)
    if not norm:
        raise ParseError("empty figure", text)
    r = _Reading()
    last_was_value = False
    for kind, payload, raw in _tokens(norm):
        if kind == "number":
            if raw.startswith(("+", "-")):
                if r.sign is not None:
                    raise ParseError("two signs", text)
                r.sign = -1 if raw.startswith("-") else 1
            if r.groups and r.groups[-1][2] == 1.0:
                raise ParseError("two numbers without a multiplier word between them", text)
            value, half = read_number(raw.lstrip("+-"), text)
            r.groups.append([value, half, 1.0])
            last_was_value = True
        elif kind == "number_word":
            if r.groups and r.groups[-1][2] == 1.0:
                raise ParseError("two numbers without a multiplier word between them", text)
            r.groups.append([float(payload), 0.5, 1.0])
            last_was_value = True
        elif kind == "multiplier":
            if not last_was_value:
                raise ParseError(f"multiplier word {raw!r} without a number", text)
            r.groups[-1][2] *= payload
        elif kind == "qualifier":
            if r.qualifier is not None or r.groups:
                raise ParseError(f"qualifier {raw!r} out of place", text)
            r.qualifier = payload
        elif kind == "sign_word":
            if r.sign is not None:
                raise ParseError("two signs", text)
            r.sign = payload
        elif kind == "currency":
            if r.currency not in (None, payload):
                raise ParseError("two currencies", text)
            r.currency = payload
        elif kind == "unit":
            if r.unit not in (None, payload):
                raise ParseError("two units", text)
            r.unit = payload
        elif kind == "word_multiple":
            r.word_multiple = float(payload)
            r.unit = "times"
        if kind != "number" and kind != "number_word":
            last_was_value = kind == "multiplier"
    return r


def _combine(r: _Reading, text: str) -> tuple[float, float]:
    """Sum of the number groups, checking they descend: 5 พันล้าน 581 ล้าน."""
    if r.word_multiple is not None:
        if r.groups:
            raise ParseError("a number and a multiple word together", text)
        return r.word_multiple, 0.5
    if not r.groups:
        raise ParseError("no number", text)
    total = 0.0
    for k, (number, _half, mult) in enumerate(r.groups):
        if k and (mult >= r.groups[k - 1][2] or number * mult >= r.groups[k - 1][2]):
            raise ParseError("number groups do not descend", text)
        if k and mult == 1.0:
            raise ParseError("a number without a multiplier word after a multiplied one", text)
        total += number * mult
    _number, half, mult = r.groups[-1]
    return total, half * mult


def _figure(r: _Reading, value: float, half: float, unit: str, currency: str | None) -> Figure:
    qualifier = r.qualifier or "exact"
    low, high = admitted(value, half, qualifier)
    return Figure(
        value=value,
        unit=unit,
        currency=currency,
        bound=QUALIFIER_BOUND[qualifier],
        low=low,
        high=high,
    )


def _rouble(year: int | None, text: str) -> str:
    if year is None:
        raise ParseError(
            "roubles need a year to tell Soviet (SUR) from Russian (RUB) roubles", text
        )
    return "SUR" if year <= USSR_LAST_YEAR else "RUB"


def parse_amount(text: str, year: int | None = None) -> Figure:
    """A money amount or quantity: value in currency units (or tonnes), with its interval.

    >>> parse_amount("5 พันล้าน 581 ล้านดอลลาร์").value
    5581000000.0
    """
    r = _read(text)
    if r.unit not in (None, "tonnes"):
        raise ParseError(f"not an amount ({r.unit})", text)
    if r.sign == -1 or any(g[0] < 0 for g in r.groups):
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
        raise ParseError("no currency or unit", text)
    return _figure(r, value, half, "tonnes" if r.unit == "tonnes" else "money", currency)


def read_percent(text: str) -> Figure:
    """A signed percent with its interval: "ลดลง 1.9%" is -1.9, admitting [-1.95, -1.85]."""
    r = _read(text)
    if r.unit != "percent" or r.currency or len(r.groups) != 1 or r.groups[0][2] != 1.0:
        raise ParseError("not a percent", text)
    value, half, _ = r.groups[0]
    value = abs(value) * (r.sign or 1)
    return _figure(r, value, half, "percent", None)


def parse_percent(text: str) -> float:
    """The signed percent a text states: "(+12.7%)" is 12.7, "1,2%" is 1.2."""
    return read_percent(text).value


def parse_multiple(text: str) -> Figure:
    """A multiple: "มากกว่า 30 ครั้ง" admits [30, inf); "สองเท่า" is 2."""
    r = _read(text)
    if r.unit != "times" or r.currency or r.sign == -1:
        raise ParseError("not a multiple", text)
    if r.groups and r.groups[-1][2] != 1.0:
        raise ParseError("multiplier word in a multiple", text)
    value, half = _combine(r, text)
    return _figure(r, value, half, "times", None)


def parse_rank(text: str) -> Figure:
    """A rank: "อันดับที่ 8" is 8."""
    r = _read(text)
    if (
        r.unit != "rank"
        or r.qualifier
        or r.currency
        or len(r.groups) != 1
        or r.groups[0][2] != 1.0
    ):
        raise ParseError("not a rank", text)
    value = r.groups[0][0]
    if value < 1 or value != int(value):
        raise ParseError("a rank is a whole number from 1", text)
    return Figure(value=value, unit="rank", currency=None, bound="exact", low=value, high=value)


def number_in(text: str) -> tuple[float, float]:
    """The first number expression in free text (with any multiplier words after it).

    For checking a structured value against its text as written, where the text
    carries other words ("$400 million annually").
    """
    norm = normalise(text).lower()
    m = NUMBER_RE.search(norm)
    if not m:
        raise ParseError("no number", text)
    value, half = read_number(m.group().lstrip("+-"), text)
    rest, mult = norm[m.end() :].lstrip(), 1.0
    while True:
        for entry, payload in sorted(MULTIPLIERS.items(), key=lambda e: -len(e[0])):
            if rest.startswith(entry) and not (
                LATIN_OR_CYRILLIC.match(entry[-1]) and rest[len(entry) : len(entry) + 1].isalpha()
            ):
                mult *= payload
                rest = rest[len(entry) :].lstrip()
                break
        else:
            return abs(value) * mult, half * mult


# --- years and dates -----------------------------------------------------------
ERA_RE = re.compile(
    r"(พ\s*\.\s*ศ\s*\.?|พ\.ศ|ค\s*\.\s*ศ\s*\.?|\bB\.?E\.?\b|\bA\.?D\.?\b|\bC\.?E\.?\b)"
)
YEAR_RE = re.compile(r"(?<![\d.,])\d{4}(?![\d%])")
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
BE_MIN, BE_MAX = YEAR_MIN + BUDDHIST_ERA_OFFSET, YEAR_MAX + BUDDHIST_ERA_OFFSET


def _era(marker: str) -> str:
    m = marker.replace(" ", "").replace(".", "").upper()
    return "BE" if m in ("พศ", "BE") else "CE"


def _to_ce(number: int, era: str | None, text: str) -> int:
    if era == "BE" or (era is None and BE_MIN <= number <= BE_MAX):
        year = number - BUDDHIST_ERA_OFFSET
    elif era == "CE" or (era is None and YEAR_MIN <= number <= YEAR_MAX):
        year = number
    else:
        raise ParseError(
            f"{number} is neither a CE year ({YEAR_MIN}-{YEAR_MAX})"
            f" nor a Buddhist-era year ({BE_MIN}-{BE_MAX})",
            text,
        )
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise ParseError(f"{number} is not a plausible {era} year", text)
    return year


def parse_years(text: str) -> list[int]:
    """Every year in a text, in CE, in the order written.

    พ.ศ. marks Buddhist-era years and ค.ศ. CE years, each up to the next marker;
    a bare year is Buddhist era from 2343 (= 1800 CE) and CE from 1800 to 2100.
    """
    norm = normalise(text)
    markers = [(m.start(), _era(m.group())) for m in ERA_RE.finditer(norm)]
    years = []
    for m in YEAR_RE.finditer(norm):
        before = [era for pos, era in markers if pos < m.start()]
        years.append(_to_ce(int(m.group()), before[-1] if before else None, text))
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
    days = [int(d) for d in re.findall(r"(?<!\d)\d{1,2}(?!\d)", without_years)]
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
