"""The lexicon (rjtrade.claims.lexicon) compiled into regular expressions, one per concept,
and the character classes a line is cleaned and split by."""

from __future__ import annotations

import re

from ..parse import (
    CURRENCIES,
    NUMBER_WORDS,
    QUALIFIERS,
    SCALES,
    SIGN_WORDS,
    THAI_PLACES,
    UNITS,
    WORD_MULTIPLES,
)
from .lexicon import (
    BASE_BEFORE,
    BASE_CONNECTORS,
    CURRENT_WORDS,
    DECADE_BEFORE,
    ECONOMY_WORDS,
    FLOW_WORDS,
    FROM_WORDS,
    GROWTH_WORDS,
    JAPANESE_ERAS,
    LEVEL_VERBS,
    MONTH_WORDS,
    PARTIAL_YEARS,
    PARTNER_PREFIXED,
    PREFIX_CURRENCIES,
    PREFIX_QUALIFIERS,
    RANK_PREFIXES,
    RECORD_WORDS,
    RELATIVE_YEARS,
    REPORTER_WORDS,
    SHARE_WORDS,
    STRUCTURE_WORDS,
    SUFFIX_WORDS,
    THAN_WORDS,
    TO_WORDS,
    UNREAD_CURRENCIES,
    YEAR_AFTER_GAP,
    YEAR_END_WORDS,
)

LATIN_OR_CYRILLIC = re.compile(r"[A-Za-zА-Яа-яЁё]")


WORD_START = r"(?<![a-zа-яё0-9])"  # a Latin or Cyrillic word does not continue a word
WORD_END = {True: r"[a-zа-яё]*", False: r"(?![a-zа-яё])"}  # a stem runs on; a word ends


def _parts(word: str) -> tuple[str, str, str]:
    """One lexicon entry as (start guard, body, end guard): stems end in '*', Latin and
    Cyrillic words are whole."""
    stem = word.endswith("*")
    body = word.rstrip("*")
    pattern = re.escape(body).replace(r"\[", "[").replace(r"\]", "]")
    start = WORD_START if LATIN_OR_CYRILLIC.match(body[0]) else ""
    whole = LATIN_OR_CYRILLIC.match(body[-1]) or body.endswith("]")
    return start, pattern, WORD_END[stem] if whole else ""


def _alternative(word: str) -> str:
    """One lexicon entry as a regex (see _parts)."""
    return "".join(_parts(word))


def _alternatives(words) -> str:
    """The lexicon words as one regex source, longest first. Neighbours with the same guards
    share them (the same matches in the same order: the guards are the same for both), which
    keeps the compiled pattern small."""
    ordered = sorted(words, key=lambda w: (-len(w.rstrip("*")), w))
    runs: list[tuple[str, str, list[str]]] = []
    for start, body, end in map(_parts, ordered):
        if runs and runs[-1][0] == start and runs[-1][1] == end:
            runs[-1][2].append(body)
        else:
            runs.append((start, end, [body]))
    return "|".join(f"(?:{start}(?:{'|'.join(bodies)}){end})" for start, end, bodies in runs)


def _pattern(words) -> re.Pattern:
    """The lexicon words as one case-insensitive regex, longest first."""
    return re.compile(_alternatives(words), re.I)


def lookup(table: dict, found: str):
    """The value of the table entry a match came from (the lexicon's tables are constants:
    each stem's entry is found once per word)."""
    low = found.lower()
    if low in table:
        return table[low]
    key = (id(table), low)
    if key not in _STEM_ENTRIES:
        _STEM_ENTRIES[key] = next(
            (w for w in table if re.fullmatch(_alternative(w), low, re.I)), None
        )
    if _STEM_ENTRIES[key] is None:
        raise KeyError(found)
    return table[_STEM_ENTRIES[key]]


_STEM_ENTRIES: dict[tuple[int, str], str | None] = {}


ECONOMY_RE = _pattern([*ECONOMY_WORDS, *PARTNER_PREFIXED])
FLOW_RE = _pattern(FLOW_WORDS)
THAN_RE = _pattern(THAN_WORDS)
SHARE_RE = _pattern(SHARE_WORDS)
STRUCTURE_RE = _pattern(STRUCTURE_WORDS)
GROWTH_RE = _pattern(GROWTH_WORDS)
RECORD_RE = _pattern(RECORD_WORDS)
REPORTER_RE = _pattern(REPORTER_WORDS)
RELATIVE_RE = _pattern(RELATIVE_YEARS)
CURRENT_RE = _pattern(CURRENT_WORDS)
PARTIAL_RE = _pattern(PARTIAL_YEARS)
MONTH = _alternatives(MONTH_WORDS)
MONTH_RANGE_RE = re.compile(
    rf"(?P<m1>{MONTH})\s*(?:-|~|〜|—|ถึง|to|through|по|から)\s*(?P<m2>{MONTH})"
    r"|(?P<j1>[0-9]{1,2})月?\s*(?:-|~|〜|から)\s*(?P<j2>[0-9]{1,2})月",
    re.I,
)
YEAR_RE = re.compile(
    r"(?:(?P<era>พ\.\s*ศ\.?|ค\.\s*ศ\.?|\bB\.?E\.?|\bA\.?D\.?|\bC\.?E\.?)\s*)?"
    r"(?<![0-9.,])(?P<num>[0-9]{4})(?![0-9%])(?P<decade>s\b|'s\b|-[хе]\b|年代)?"
    rf"|(?P<jera>{'|'.join(JAPANESE_ERAS)})(?P<jnum>[0-9]{{1,2}}|元)年",
    re.I,
)
SUFFIX_UNITS = [u for u, kind in UNITS.items() if kind != "rank" and u != "ร้อยละ"]
# After a figure a word may be glued to its digits ("34.8bn", "$34.8B"): no digit guard there.
AFTER_FIGURE_RE = re.compile(
    _alternatives(
        [*THAI_PLACES, *SCALES, *CURRENCIES, *UNREAD_CURRENCIES, *SUFFIX_UNITS, *SUFFIX_WORDS]
    ).replace(WORD_START, r"(?<![a-zа-яё])"),
    re.I,
)
BEFORE_FIGURE_WORDS = [
    *QUALIFIERS,
    *PREFIX_QUALIFIERS,
    *SIGN_WORDS,
    *PREFIX_CURRENCIES,
    "€",
    *RANK_PREFIXES,
    "ร้อยละ",
]
BEFORE_WORD_RE = _pattern(BEFORE_FIGURE_WORDS)
BEFORE_FIGURE_RE = re.compile(
    "(?:" + BEFORE_WORD_RE.pattern + r")\s*(?:by|в|на|чем в|чем на|чем|ที่)?\s*$", re.I
)
BASE_BEFORE_RE = re.compile(
    f"(?:{_alternatives(BASE_BEFORE)})(?:\\s*(?:{_alternatives(BASE_CONNECTORS)}))*\\s*$",
    re.I,
)
YEAR_AFTER_GAP_RE = re.compile(rf"^(?:\s|,|\(|-|{_alternatives(YEAR_AFTER_GAP)})*$", re.I)
LEVEL_VERB_RE = re.compile(rf"\s*(?:{_alternatives(LEVEL_VERBS)})", re.I)
YEAR_END_RE = re.compile(rf"(?:{_alternatives(YEAR_END_WORDS)})\s*(?:ปี|the year)?\s*$", re.I)
DECADE_BEFORE_RE = re.compile(rf"(?:{_alternatives(DECADE_BEFORE)})\s*$", re.I)
FROM_RE = re.compile(rf"(?:{_alternatives(FROM_WORDS)})\s*$", re.I)
TO_RE = re.compile(rf"(?:{_alternatives(TO_WORDS)})\s*$", re.I)
FLOW_AFTER_RE = re.compile(
    r"\s*(?:(?:ในด้าน|ด้าน|ในบรรดา|in|among|of|по|среди)\s*(?:การ)?"
    r"|(?:largest|biggest|leading|крупнейш\w*)\s*)",
    re.I,
)

THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
THAI_CLAUSE_BREAK = re.compile(r"(?<![0-9\s])\s+(?=[\u0e01-\u0e4e])")
ABBREVIATION = r"(?<!\b[A-Za-zА-Яа-я])(?<!млрд)(?<!млн)(?<!долл)(?<!руб)(?<!тыс)(?<!\bг)(?<!\bгг)"
SENTENCE_BREAK = re.compile(rf"(?:{ABBREVIATION}[.!?;])\s+|[。！？]")
FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
BAD_CHARACTER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
FORMAT_CHARACTER = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]")

ORDINAL_RE = re.compile(r"(?:st|nd|rd|th|-?(?:е|м|ое|ом|й|ый|ий))(?![a-zа-яё])|位", re.I)
RANK_NOUNS = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:largest|biggest|trading|partner|place|position|source|destination"
    r"|market|мест|партн[её]р|крупнейш)",
    re.I,
)
# A Thai number in words before "เท่า"/"ครั้ง": digits, สิบ and ยี่ to start, เอ็ด after.
THAI_NUMBER_START = "|".join([*(w for w in NUMBER_WORDS if not w.isascii()), "สิบ", "ยี่"])
THAI_NUMBER_RUN = f"(?:{THAI_NUMBER_START})(?:{THAI_NUMBER_START}|เอ็ด)*"
# A number: digits with decimal or thousands marks, thousands groups separated by spaces
# ("34 800 млн"), an exponent ("3.48e10": read whole, so the parser refuses what it cannot read
# instead of a smaller number being taken).
NUMBER_START = re.compile(
    r"(?<![0-9.,])(?:[0-9]{1,3}(?: [0-9]{3}(?![0-9]))+(?![.,][0-9])|[0-9]+(?:[.,][0-9]+)*)"
    r"(?:e[+-]?[0-9]+(?![0-9]))?"
    rf"|{THAI_NUMBER_RUN}(?=\s*(?:เท่า(?!นั้น)|ครั้ง))"
    rf"|\b(?:{'|'.join(w for w in NUMBER_WORDS if w.isascii())})(?=\s+times\b)"
    rf"|\b(?:{'|'.join(w for w in WORD_MULTIPLES if w != 'double')}|tenfold)\b"
    r"|вдвое|втрое|в два раза|в три раза|半減",
    re.I,
)
