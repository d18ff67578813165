"""Figure spans: a number with the words around it that the parser reads (rjtrade.parse)."""

from __future__ import annotations

import re

from ..errors import ParseError
from ..parse import (
    CURRENCIES,
    SCALES,
    SIGN_WORDS,
    THAI_PLACES,
    UNITS,
    WORD_MULTIPLES,
    Figure,
    parse_amount,
    parse_multiple,
    parse_rank,
    read_percent,
)
from ..schema import USSR_LAST_YEAR
from .lexicon import (
    PREFIX_CURRENCIES,
    PREFIX_QUALIFIERS,
    RANK_PREFIXES,
    SUFFIX_WORDS,
    UNREAD_CURRENCIES,
    WORD_SYNONYMS,
)
from .patterns import (
    AFTER_FIGURE_RE,
    BEFORE_FIGURE_RE,
    BEFORE_WORD_RE,
    LATIN_OR_CYRILLIC,
    NUMBER_START,
    ORDINAL_RE,
    RANK_NOUNS,
)
from .reading import Line, Span


def _figure_span(text: str, m: re.Match) -> Span | None:
    """The figure starting with the number m: its words after and before, read by the parser;
    None when no unit, currency or rank word makes the number a figure."""
    core = m.group().lower()
    words, kind, after, pos = _words_after(text, m.end(), core)
    start, prefix, kind = _words_before(text, m.start(), kind)
    if kind is None and core[0].isdigit() and _ordinal_rank(text, m.end()):
        kind, prefix, words, pos = "rank", ["rank"], [core], _ordinal_end(text, m.end())
    if kind is None:
        return None
    words[0] = _russian_decimal(words[0], words)
    if _sign_before(text, m.start()) and kind == "percent":
        start = m.start() - 1
        words[0] = text[start] + words[0]
    elif _sign_before(text, start) == "-" and kind in ("money", "tonnes"):
        start -= 1  # "-$34.8 billion", "−348億ドル": read whole, the parser refuses it
        words[0] = "-" + words[0]
    if start > 0 and text[start - 1] == "(" and text[pos : pos + 1] == ")":
        start, pos = start - 1, pos + 1
    return Span(start, pos, " ".join([*after, *prefix, *words]), kind)


def _russian_decimal(number: str, words: list[str]) -> str:
    """A comma in a number with Russian words after it is a decimal comma ("1,412 трлн иен"
    is 1.412 trillion: Russian writes thousands apart with spaces, never with commas)."""
    if THOUSANDS_OR_DECIMAL.fullmatch(number) and any(CYRILLIC.search(w) for w in words[1:]):
        return number.replace(",", ".")
    return number


CYRILLIC = re.compile("[а-яё]", re.I)
THOUSANDS_OR_DECIMAL = re.compile(r"-?[0-9]{1,3},[0-9]{3}")  # "1,412": read as 1412 elsewhere


def _sign_before(text: str, start: int) -> str:
    """The plus or minus sign right before a figure ('' if none): a dash after a digit joins
    a range ("20-30"), no sign."""
    if start == 0 or text[start - 1] not in "+-":
        return ""
    return "" if start > 1 and text[start - 2].isdigit() else text[start - 1]


def _words_after(text: str, pos: int, core: str) -> tuple[list[str], str | None, list, int]:
    """The number and the multiplier, currency and unit words after it (in the parser's words),
    its kind so far, the suffix qualifiers and signs ("以上", "増"), and where it ends. After a
    currency or unit only a suffix qualifier or sign follows; after a multiplier another
    number with its own multiplier may ("5 พันล้าน 581 ล้าน")."""
    words = [WORD_SYNONYMS.get(core, core)]
    kind = "times" if core in WORD_SYNONYMS or core in WORD_MULTIPLES else None
    after: list[str] = []
    prev, done = "number", False
    while True:
        at = skip_spaces(text, pos)
        w = AFTER_FIGURE_RE.match(text, at)
        if w:
            word = w.group().lower()
            role = _role(word)
            if _ends_figure(text, at, w.end(), word, role, done):
                return words, kind, after, pos
            done = done or role in ("unit", "currency")
            prev = "scale" if role in ("scale", "place") else prev
            kind = _kind_after(kind, word, role)
            (after if role in ("qualifier", "sign") else words).append(
                SUFFIX_WORDS.get(word, (word,))[0]
            )
            pos = w.end()
            continue
        n = NUMBER_START.match(text, at) if prev == "scale" and not done else None
        if n and _has_multiplier_after(text, n.end()):
            words.append(n.group())
            pos, prev = n.end(), "number"
            continue
        return words, kind, after, pos


def _ends_figure(text: str, at: int, end: int, word: str, role: str, done: bool) -> bool:
    """Whether the word after a figure is no longer part of it: "เท่านั้น" ("only"), a currency
    that opens the next number ("2013 $34.8 billion"), anything but a suffix qualifier or
    sign after the currency or unit."""
    if word == "เท่า" and text.startswith("เท่านั้น", at):
        return True
    if word in PREFIX_CURRENCIES and NUMBER_START.match(text, skip_spaces(text, end)):
        return True
    return done and role not in ("qualifier", "sign")


def _kind_after(kind: str | None, word: str, role: str) -> str | None:
    """The figure's kind once a word after it is read: a unit's kind, money for a currency."""
    if role == "unit" and kind is None:
        return _unit_kind(word)
    if role == "currency":
        return kind or "money"
    return kind


def _words_before(text: str, start: int, kind: str | None) -> tuple[int, list[str], str | None]:
    """The qualifier, sign, currency and rank words right before a figure: where the figure
    starts, those words (in the parser's words) and its kind once they are read. A sign word
    before a multiple is no part of it ("เพิ่มขึ้นเกือบสองเท่า": the multiple is "เกือบสองเท่า")."""
    prefix: list[str] = []
    before = BEFORE_FIGURE_RE.search(text, max(0, start - 30), start)
    while before and before.start() < start:
        word = before.group().strip().lower()
        head = BEFORE_WORD_RE.match(word)
        key = head.group().lower() if head else word
        if key in SIGN_WORDS and kind != "percent":
            break
        prefix.insert(0, _prefix_word(key))
        kind = _kind_before(kind, key)
        start = before.start()
        before = BEFORE_FIGURE_RE.search(text, max(0, start - 30), start)
    return start, prefix, kind


def _kind_before(kind: str | None, key: str) -> str | None:
    """The figure's kind once a word before it is read: money after a currency sign, a rank
    after a rank word, a percent after "ร้อยละ"."""
    if key in RANK_PREFIXES:
        return "rank"
    if key == "ร้อยละ":
        return "percent"
    if key in PREFIX_CURRENCIES or key in UNREAD_CURRENCIES:
        return kind or "money"
    return kind


def skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _has_multiplier_after(text: str, pos: int) -> bool:
    w = AFTER_FIGURE_RE.match(text, skip_spaces(text, pos))
    return bool(w) and _role(w.group().lower()) in ("scale", "place")


def _role(word: str) -> str:
    if word in SUFFIX_WORDS:
        return SUFFIX_WORDS[word][1]
    if word in THAI_PLACES:
        return "place"
    if word in SCALES:
        return "scale"
    if word in CURRENCIES or word in UNREAD_CURRENCIES:
        return "currency"
    return "unit"


def _unit_kind(word: str) -> str:
    unit = UNITS.get(word) or ("times" if SUFFIX_WORDS.get(word, ("",))[0] == "times" else None)
    unit = unit or ("percent" if word == "パーセント" else None)
    return {"tonnes": "tonnes", "percent": "percent", "times": "times", "rank": "rank"}.get(
        unit or "", "money"
    )


def _prefix_word(word: str) -> str:
    """A word before a figure in the parser's words."""
    if word in PREFIX_QUALIFIERS:
        return PREFIX_QUALIFIERS[word]
    if word in PREFIX_CURRENCIES:
        return PREFIX_CURRENCIES[word]
    if word in RANK_PREFIXES:
        return "rank"
    return word


def _ordinal_rank(text: str, pos: int) -> bool:
    o = ORDINAL_RE.match(text, pos)
    return bool(o) and (o.group() == "位" or bool(RANK_NOUNS.match(text, o.end())))


def _ordinal_end(text: str, pos: int) -> int:
    return ORDINAL_RE.match(text, pos).end()


def read_figure(span: Span, year: int | None) -> Figure | str:
    """The parser's reading of a span, or the reason for not reading it."""
    unread = [w for w in span.parse_text.split() if w in UNREAD_CURRENCIES]
    if unread:
        words = UNREAD_CURRENCIES[unread[0]]
        return f"an amount in {words}: the official files hold US$ and yen, no rate for {words}"
    try:
        if span.kind in ("money", "tonnes"):
            figure = parse_amount(span.parse_text, year=year if year else USSR_LAST_YEAR + 1)
            if figure.currency in ("SUR", "RUB") and year is None:
                figure = Figure(**{**figure.__dict__, "currency": None})
            return figure
        if span.kind == "percent":
            return read_percent(span.parse_text)
        if span.kind == "times":
            return parse_multiple(span.parse_text)
        return parse_rank(span.parse_text)
    except ParseError as exc:
        return str(exc)


def figure_spans(line: Line) -> list[Span]:
    spans: list[Span] = []
    end = -1
    for m in NUMBER_START.finditer(line.text):
        glued = m.start() > 0 and LATIN_OR_CYRILLIC.match(line.text[m.start() - 1])
        if m.start() < end or glued:  # "G7", "Су-27": no figure
            continue
        span = _figure_span(line.text, m)
        if span is None:
            continue
        if spans and span.start < spans[-1].end:
            continue
        spans.append(span)
        end = span.end
    return spans
