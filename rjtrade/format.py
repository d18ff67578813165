"""Write amounts and years the way the sources write them, in Thai or English.

    format_amount(34.8e9)                      -> "3.48 หมื่นล้านดอลลาร์"
    format_amount(5.581e9, significant=4)      -> "5 พันล้าน 581 ล้านดอลลาร์"
    format_amount(30e9, qualifier="more")      -> "มากกว่า 3 หมื่นล้านดอลลาร์"
    format_amount(34.8e9, lang="en")           -> "US$34.8 billion"
    format_year(2013)                          -> "พ.ศ. 2556"

Precision: an amount is written to `significant` significant digits (default 3), rounded half
up, or to more when the whole number before the multiplier word is longer ("147 ล้าน" at
significant=2): a written number never ends in zeros that stand for rounding. Zeros after the
decimal point are kept ("3.00 หมื่นล้าน"), since the written precision is the interval: the
parser reads the text back to the value written, admitting half a unit of its last digit
(see written_precision). Under an open bound ("more", "less", "nearly") the interval does not
depend on the digits, so trailing decimal zeros are dropped ("มากกว่า 3 หมื่นล้าน").

Each table below is one concept with a column per language: adding a language is adding a
column (and the parser reading its words).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from .schema import BUDDHIST_ERA_OFFSET, LATEST_YEAR, YEAR_MIN

LANGUAGES = ("th", "en")
# Multiplier words, largest first: power of ten -> word in each language (None: not used).
# English words carry their leading space; Thai ones are written against the currency.
SCALE_WORDS = {
    12: {"th": "ล้านล้าน", "en": " trillion"},
    11: {"th": "แสนล้าน", "en": None},
    10: {"th": "หมื่นล้าน", "en": None},
    9: {"th": "พันล้าน", "en": " billion"},
    6: {"th": "ล้าน", "en": " million"},
    0: {"th": "", "en": ""},
}
# Currency: where the amount ({number}{scale}) goes in each language.
CURRENCY_WORDS = {
    "USD": {"th": "{number} {scale}ดอลลาร์", "en": "US${number}{scale}"},
    "THB": {"th": "{number} {scale}บาท", "en": "{number}{scale} baht"},
    "JPY": {"th": "{number} {scale}เยน", "en": "{number}{scale} yen"},
    "SUR": {"th": "{number} {scale}รูเบิล", "en": "{number}{scale} roubles"},
    "RUB": {"th": "{number} {scale}รูเบิล", "en": "{number}{scale} roubles"},
}
# Qualifier of an open or approximate bound, written before the amount.
QUALIFIER_WORDS = {
    "more": {"th": "มากกว่า", "en": "more than"},
    "less": {"th": "ไม่ถึง", "en": "less than"},
    "nearly": {"th": "เกือบ", "en": "nearly"},
    "about": {"th": "ประมาณ", "en": "about"},
}
OPEN_QUALIFIERS = ("more", "less", "nearly")
# Era of a year, and how a CE year is written beside a Buddhist-era one.
ERA_WORDS = {
    "BE": {"th": "พ.ศ. {year}", "en": "B.E. {year}"},
    "CE": {"th": "ค.ศ. {year}", "en": "{year}"},
}
BOTH_ERAS = {"th": "{be} ({ce})", "en": "{ce} ({be})"}
TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MAX_AMOUNT = 1e300  # larger amounts could round past the largest float; none is a trade figure
MAX_SIGNIFICANT = 15  # a float carries 15 significant decimal digits safely
WIDE = Context(prec=800)  # wide enough for any float's digits


def _choose(table: dict, key: str, lang: str, what: str) -> str:
    """table[key][lang], or ValueError naming what was asked for."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}, not {lang!r}")
    if key not in table:
        raise ValueError(f"{what} must be one of {tuple(table)}, not {key!r}")
    return table[key][lang]


def _scale_power(value: Decimal, lang: str) -> int:
    """The power of ten of the largest multiplier word of the language not above the value."""
    magnitude = max(value.adjusted(), 0) if value else 0
    return max(p for p, words in SCALE_WORDS.items() if words[lang] is not None and p <= magnitude)


def _round(value: Decimal, place: int) -> Decimal:
    """value rounded half up to a multiple of 10**place."""
    with localcontext(WIDE):
        return value.quantize(Decimal(1).scaleb(place), rounding=ROUND_HALF_UP)


def written_precision(
    value: float, significant: int = 3, lang: str = "th"
) -> tuple[Decimal, int, int]:
    """What format_amount writes: the rounded value, the power of ten of its last written
    digit (the text admits half of that either side) and of its multiplier word.

    >>> written_precision(34.8e9)
    (Decimal('3.48E+10'), 8, 10)
    >>> written_precision(147.4e6, significant=2)  # "147 ล้าน": the whole number is written
    (Decimal('147000000'), 6, 6)
    """
    if not isinstance(significant, int) or not 1 <= significant <= MAX_SIGNIFICANT:
        raise ValueError(f"significant must be a whole number from 1 to {MAX_SIGNIFICANT}")
    exact = Decimal(repr(float(value)))
    if not exact.is_finite() or not 0 <= exact <= MAX_AMOUNT:
        raise ValueError(f"an amount must lie between 0 and {MAX_AMOUNT:g}, not {value!r}")
    if not exact:
        return Decimal(0), 0, 0
    place = exact.adjusted() - significant + 1
    rounded = _round(exact, place)
    place = rounded.adjusted() - significant + 1  # a carry (999.6 -> 1.00e3) moves the digit
    power = _scale_power(rounded, lang)
    if place > power:
        place = power
    return _round(exact, place), place, power


def _digits(value: Decimal, place: int, power: int, trim: bool) -> str:
    """The number before the multiplier word of 10**power, with thousands separators."""
    text = f"{_round(value.scaleb(-power), place - power):,f}"
    return re.sub(r"\.?0+$", "", text) if trim and "." in text else text


def _thai_grouped(value: Decimal, place: int, trim: bool) -> str | None:
    """ "5 พันล้าน 581" (before ล้าน) for billions written to the million or finer, as the
    article writes them; None when another form fits better."""
    with localcontext(WIDE):
        billions, rest = divmod(value, Decimal("1e9"))
    if value >= Decimal("1e12") or place > 6 or rest < Decimal("1e6"):
        return None
    return f"{billions:,f} พันล้าน {_digits(rest, place, 6, trim)}"


def _amount_parts(value: float, significant: int, lang: str, trim: bool) -> tuple[str, str]:
    """The number and the multiplier word of an amount."""
    rounded, place, power = written_precision(value, significant, lang)
    if lang == "th" and power >= 9:
        grouped = _thai_grouped(rounded, place, trim)
        if grouped is not None:
            return grouped, SCALE_WORDS[6][lang]
        if place <= 6:
            power = 6
    return _digits(rounded, place, power, trim), SCALE_WORDS[power][lang]


def format_amount(
    value: float,
    lang: str = "th",
    currency: str = "USD",
    qualifier: str | None = None,
    thai_digits: bool = False,
    significant: int = 3,
) -> str:
    """An amount written as the sources write it; parse_amount reads it back.

    >>> format_amount(5.581e9, significant=4)
    '5 พันล้าน 581 ล้านดอลลาร์'
    >>> format_amount(30e9, lang="en", qualifier="more")
    'more than US$30 billion'
    """
    layout = _choose(CURRENCY_WORDS, currency, lang, "currency")
    trim = qualifier in OPEN_QUALIFIERS
    number, scale = _amount_parts(value, significant, lang, trim)
    text = layout.format(number=number, scale=scale)
    if qualifier is not None:
        text = f"{_choose(QUALIFIER_WORDS, qualifier, lang, 'qualifier')} {text}"
    return text.translate(TO_THAI_DIGITS) if thai_digits else text


def format_year(
    year: int, era: str = "BE", lang: str = "th", thai_digits: bool = False, with_ce: bool = False
) -> str:
    """A CE year written in an era: format_year(2013) is "พ.ศ. 2556"; parse_year reads it back.

    with_ce writes the CE year beside a Buddhist-era one: "พ.ศ. 2556 (ค.ศ. 2013)".
    """
    if not isinstance(year, int) or not YEAR_MIN <= year <= LATEST_YEAR:
        raise ValueError(f"year must be a whole CE year from {YEAR_MIN} to {LATEST_YEAR}")
    written = _choose(ERA_WORDS, era, lang, "era")
    text = written.format(year=year + (BUDDHIST_ERA_OFFSET if era == "BE" else 0))
    if with_ce and era == "BE":
        ce = ERA_WORDS["CE"][lang].format(year=year)
        text = BOTH_ERAS[lang].format(be=text, ce=ce)
    return text.translate(TO_THAI_DIGITS) if thai_digits else text
