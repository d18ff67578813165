"""Find trade claims in free text: Thai, English, Russian or Japanese, one sentence or many lines.

A claim is a figure (money, tonnes, percent, multiple or rank, read by rjtrade.parse) with what
its context says about it: the pair of economies, the year or period, the flow and the measure.
Each comes back shaped like an observation row, with `missing` naming what the text does not
settle and `options` the command-line options that would.

How the text is read, line by line (a line is a paragraph; locators are `line N`):

1. Figure spans: every number (digits, or Thai and English number words before a multiple
   word) with the multiplier, currency and unit words after it and the qualifier, sign, currency
   or rank words right before it. A number without a unit or currency is no figure.
2. Mentions: years (Common or Buddhist Era, Japanese era names, with month ranges and partial
   years such as "มกราคมถึงกันยายน", "1～9月"), relative years ("last year", "ปีที่แล้ว"),
   economies, flows and measure words, each found with one regex per concept (LEXICON below).
3. Units: Thai has no full stops, so a Thai line is split into clauses at spaces between words
   (a space next to a digit joins); other scripts are split into sentences.
4. Each figure takes: the year written right after it ("147 ล้านดอลลาร์ในปี 2503") unless that
   year opens the next statement ("ในปี 2548 มีมูลค่า ..."), else the nearest year before it in
   the paragraph that is not a base ("compared with 2013", "ตั้งแต่ปี 2546"); the flow named
   nearest before it in its unit (or right after: "อันดับที่ 4 ในด้านนำเข้า"); the two economies
   named nearest to it, those after "than"/"มากกว่า"/"чем" being the base of a comparison.

Nothing is guessed: a claim whose year or pair the text does not tell has it in `missing`.
Every step costs time linear in the text's length; texts over MAX_CLAIM_TEXT_LENGTH are refused.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from ..errors import ParseError
from ..parse import (
    CURRENCIES,
    INVISIBLE,
    MINUS_SIGNS,
    NUMBER_WORDS,
    QUALIFIERS,
    SCALES,
    SIGN_WORDS,
    SPACES,
    THAI_DIGITS,
    THAI_MONTHS,
    THAI_PLACES,
    UNITS,
    WORD_MULTIPLES,
    Figure,
    parse_amount,
    parse_multiple,
    parse_rank,
    parse_year,
    read_percent,
)
from ..schema import (
    CLAIM_COLUMNS,
    CLAIM_FLOWS,
    CLAIM_OPTIONS,
    ECONOMIES,
    LATEST_YEAR,
    MAX_CLAIM_TEXT_LENGTH,
    MONTH_CODES,
    RUSSIA_OR_USSR,
    USSR_LAST_YEAR,
    YEAR_MIN,
    economy_in,
)

__all__ = ["MAX_CLAIM_TEXT_LENGTH", "claims_frame", "find_claims"]

# --- lexicon -------------------------------------------------------------------------------------
# One table per concept, every language together. Matched case-insensitively, longest first;
# a Latin or Cyrillic entry must start a word and, unless it ends in "*" (a stem), end one.

ECONOMY_WORDS: dict[str, tuple[str, ...]] = {
    # Thai
    "สหภาพโซเวียต": ("SUN",),
    "โซเวียต": ("SUN",),
    "สหพันธรัฐรัสเซีย": ("RUS",),
    "รัสเซีย": ("RUS",),
    "ญี่ปุ่น": ("JPN",),
    "จีน": ("CHN",),
    "มอสโก": ("RUS",),
    "โตเกียว": ("JPN",),
    "ปักกิ่ง": ("CHN",),
    # English
    "soviet union": ("SUN",),
    "ussr": ("SUN",),
    "soviet*": ("SUN",),
    "russia*": ("RUS",),
    "japan*": ("JPN",),
    "china": ("CHN",),
    "chinese": ("CHN",),
    "prc": ("CHN",),
    "moscow": ("RUS",),
    "tokyo": ("JPN",),
    "beijing": ("CHN",),
    # Russian (stems: Россия, России, российско-японский; Япония, японский; Китай, китайский)
    "ссср": ("SUN",),
    "советск*": ("SUN",),
    "росси*": ("RUS",),
    "рф": ("RUS",),
    "япон*": ("JPN",),
    "китай*": ("CHN",),
    "китая": ("CHN",),
    "кнр": ("CHN",),
    "москв*": ("RUS",),
    "токио": ("JPN",),
    "пекин*": ("CHN",),
    # Japanese, with the usual one-character compounds (日ロ貿易 is Japan–Russia trade)
    "ソ連": ("SUN",),
    "ソビエト": ("SUN",),
    "ロシア": ("RUS",),
    "日本": ("JPN",),
    "中国": ("CHN",),
    "日ロ": ("JPN", "RUS"),
    "日露": ("JPN", "RUS"),
    "日ソ": ("JPN", "SUN"),
    "日中": ("JPN", "CHN"),
    "中日": ("CHN", "JPN"),
    "ロ日": ("RUS", "JPN"),
    "露日": ("RUS", "JPN"),
}
# Japanese 対X ("towards X"): X is the partner of the flow.
PARTNER_PREFIXED = {"対ロ": "RUS", "対露": "RUS", "対ソ": "SUN", "対中": "CHN", "対日": "JPN"}

FLOW_WORDS: dict[str, str] = {
    # turnover (two-way trade)
    "มูลค่าการค้า": "turnover",
    "การค้า": "turnover",
    "ค้าขาย": "turnover",
    "ซื้อขาย": "turnover",
    "คู่ค้า": "turnover",
    "trade": "turnover",
    "trades": "turnover",
    "traded": "turnover",
    "trading": "turnover",
    "turnover": "turnover",
    "товарооборот*": "turnover",
    "торгов*": "turnover",
    "внешнеторгов*": "turnover",
    "貿易": "turnover",
    "通商": "turnover",
    "往復": "turnover",
    # exports and imports
    "ส่งออก": "export",
    "export*": "export",
    "экспорт*": "export",
    "вывоз*": "export",
    "輸出": "export",
    "นำเข้า": "import",
    "import*": "import",
    "импорт*": "import",
    "ввоз*": "import",
    "輸入": "import",
    # balance
    "ดุลการค้า": "balance",
    "trade balance": "balance",
    "balance of trade": "balance",
    "surplus": "balance",
    "deficit": "balance",
    "сальдо": "balance",
    "профицит*": "balance",
    "дефицит*": "balance",
    "貿易収支": "balance",
    "黒字": "balance",
    "赤字": "balance",
    # investment: a stock, a flow, or (unqualified) neither told
    "การลงทุนสะสม": "investment_stock",
    "ปริมาณการลงทุน": "investment_stock",
    "accumulated investment*": "investment_stock",
    "investment stock": "investment_stock",
    "накопленн*": "investment_stock",
    "投資残高": "investment_stock",
    "การลงทุนโดยตรง": "direct_investment",
    "direct investment*": "direct_investment",
    "прямые инвестиции": "direct_investment",
    "прямых инвестиций": "direct_investment",
    "直接投資": "direct_investment",
    "การลงทุน": "investment",
    "investment*": "investment",
    "инвестиц*": "investment",
    "投資": "investment",
}
# Comparative words: economies and flows named after one are the base of a comparison
# ("มากกว่าการส่งออก", "than with Russia"); before a number the same word is a qualifier.
THAN_WORDS = ("มากกว่า", "น้อยกว่า", "than", "that with", "that of", "those with", "чем")
SHARE_WORDS = (
    "ส่วนแบ่ง",
    "สัดส่วน",
    "ทั้งหมด",
    "share",
    "proportion",
    "of total",
    "of all",
    "дол[яиею]",
    "удельн*",
    "от общего",
    "シェア",
    "占め",
    "割合",
)
STRUCTURE_WORDS = ("โครงสร้าง", "structure", "структур*", "構成", "内訳")
GROWTH_WORDS = (
    "เพิ่มขึ้น",
    "ลดลง",
    "เติบโต",
    "ขยายตัว",
    "หดตัว",
    "growth",
    "grew",
    "grow*",
    "rose",
    "rise*",
    "increase*",
    "fell",
    "fall*",
    "decline*",
    "decrease*",
    "drop*",
    "рост*",
    "вырос*",
    "увелич*",
    "сниз*",
    "сократ*",
    "упал*",
    "増",
    "減",
    "伸び",
)
RECORD_WORDS = ("ประวัติการณ์", "record", "рекорд*", "過去最高")
# Whose statistics a passage quotes: applies to every figure after it in the paragraph.
REPORTER_WORDS = {
    "federal customs service": "RUS",
    "фтс": "RUS",
    "таможенн*": "RUS",
    "росстат*": "RUS",
    "goskomstat": "RUS",
    "госкомстат*": "RUS",
    "rosstat": "RUS",
    "財務省": "JPN",
    "貿易統計": "JPN",
    "ministry of finance": "JPN",
    "jetro": "JPN",
    "ジェトロ": "JPN",
    "china customs": "CHN",
    "海关": "CHN",
}
# Direction cues before an economy: for exports "from X" names the exporter, for imports the
# partner; "to X" the other way round.
FROM_WORDS = ("จาก", "from", "из")
TO_WORDS = ("ไปยัง", "ไป", "สู่", "ใน", "to", "into", "in", "в", "во")

# Time words.
RELATIVE_YEARS = {
    "ปีที่แล้ว": -1,
    "ปีก่อน": -1,
    "ปีนี้": 0,
    "last year": -1,
    "this year": 0,
    "year before last": -2,
    "в прошлом году": -1,
    "прошлого года": -1,
    "прошлым годом": -1,
    "в позапрошлом году": -2,
    "в этом году": 0,
    "昨年": -1,
    "去年": -1,
    "一昨年": -2,
    "前年比": -1,
    "前年同期比": -1,
    "year on year": -1,
    "year-on-year": -1,
    "今年": 0,
    "本年": 0,
}
CURRENT_WORDS = ("ปัจจุบัน", "currently", "at present", "в настоящее время", "現在")
DECADE_BEFORE = ("ทศวรรษที่", "ทศวรรษ", "decade")
YEAR_END_WORDS = ("สิ้นปี", "end of", "end-", "на конец", "конец")
MONTH_WORDS: dict[str, int] = {
    **THAI_MONTHS,
    **{a: i for i, a in enumerate(("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย."), 1)},
    **{a: i for i, a in enumerate(("ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."), 7)},
    **{
        m: i
        for i, m in enumerate(
            (
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ),
            1,
        )
    },
    **{a + ".": i for i, a in enumerate(MONTH_CODES, 1) if a != "may"},
    **{a: i for i, a in enumerate(MONTH_CODES, 1)},
    "sept": 9,
    **{
        s: i
        for i, s in enumerate(
            (
                "январ*",
                "феврал*",
                "март*",
                "апрел*",
                "ма[йяе]",
                "июн*",
                "июл*",
                "август*",
                "сентябр*",
                "октябр*",
                "ноябр*",
                "декабр*",
            ),
            1,
        )
    },
}
PARTIAL_YEARS = {
    "first nine months": (1, 9),
    "nine months": (1, 9),
    "9 months": (1, 9),
    "9 เดือนแรก": (1, 9),
    "เก้าเดือนแรก": (1, 9),
    "девять месяцев": (1, 9),
    "9 месяцев": (1, 9),
    "first half": (1, 6),
    "ครึ่งปีแรก": (1, 6),
    "первое полугодие": (1, 6),
    "первом полугодии": (1, 6),
    "上半期": (1, 6),
}
JAPANESE_ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}

# Base markers: the year after one is the base of a growth rate or multiple.
BASE_BEFORE = (
    "เมื่อเทียบกับ",
    "เทียบกับ",
    "ตั้งแต่",
    "compared with",
    "compared to",
    "relative to",
    "since",
    "than in",
    "than",
    "over",
    "vs.",
    "vs",
    "versus",
    "по сравнению с",
    "относительно",
    "против",
    "чем в",
    "с",
    "со",
)
BASE_CONNECTORS = (
    "ช่วงเดียวกันของปี",
    "ช่วงเดียวกันของ",
    "ช่วงปี",
    "ปี",
    "พ.ศ.",
    "the same period of",
    "the same period in",
    "the same months of",
    "the year",
    "the",
    "in",
    "of",
    "аналогичным периодом",
    "аналогичного периода",
    "тем же периодом",
    "в",
)
BASE_AFTER_JAPANESE = ("年比", "年に比べ", "年と比べ", "年から", "年以来")
BASE_SELF = ("前年比", "前年同期比", "year on year", "year-on-year")  # base markers by themselves
# Connectors allowed between a figure and the year written right after it.
YEAR_AFTER_GAP = (
    "ในปี",
    "ในช่วงปี",
    "ในช่วงเดือน",
    "ในช่วง",
    "ในเดือน",
    "ใน",
    "ปี",
    "ณ",
    "in",
    "during",
    "for",
    "the",
    "year",
    "of",
    "в",
    "во",
    "за",
    "на",
    "по итогам",
)
# Verbs opening a statement of a level: a year right before one belongs to the figure after it.
LEVEL_VERBS = (
    "มีมูลค่า",
    "มีจำนวน",
    "มูลค่า",
    "อยู่ที่",
    "แตะ",
    "amounted",
    "amounting",
    "totalled",
    "totaled",
    "reached",
    "stood",
    "was",
    "were",
    "hit",
    "составил*",
    "составлял*",
    "достиг*",
)

# Figure words beyond rjtrade.parse's lexicon, rewritten into forms it reads.
SUFFIX_WORDS = {  # after the number: the parser's word, and what it is
    "倍": ("times", "unit"),
    "パーセント": ("%", "unit"),
    "tenfold": ("10 times", "unit"),
    "以上": ("more than", "qualifier"),
    "超": ("more than", "qualifier"),
    "余り": ("more than", "qualifier"),
    "未満": ("less than", "qualifier"),
    "近く": ("nearly", "qualifier"),
    "程度": ("about", "qualifier"),
    "増加": ("rose", "sign"),
    "増": ("rose", "sign"),
    "減少": ("fell", "sign"),
    "減": ("fell", "sign"),
}
PREFIX_CURRENCIES = {"us$": "us$", "$": "$", "usd": "usd", "¥": "yen", "฿": "฿", "thb": "thb"}
RANK_PREFIXES = ("อันดับที่", "อันดับ", "ranked", "rank", "第")
ORDINAL_RE = re.compile(r"(?:st|nd|rd|th|-?(?:е|м|ое|ом|й|ый|ий))(?![a-zа-яё])|位", re.I)
RANK_NOUNS = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:largest|biggest|trading|partner|place|position|source|destination"
    r"|market|мест|партн[её]р|крупнейш)",
    re.I,
)
# A Thai number in words before "เท่า"/"ครั้ง": digits, สิบ and ยี่ to start, เอ็ด after.
THAI_NUMBER_START = "|".join([*(w for w in NUMBER_WORDS if not w.isascii()), "สิบ", "ยี่"])
THAI_NUMBER_RUN = f"(?:{THAI_NUMBER_START})(?:{THAI_NUMBER_START}|เอ็ด)*"
NUMBER_START = re.compile(
    r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)*"
    rf"|{THAI_NUMBER_RUN}(?=\s*(?:เท่า(?!นั้น)|ครั้ง))"
    rf"|\b(?:{'|'.join(w for w in NUMBER_WORDS if w.isascii())})(?=\s+times\b)"
    rf"|\b(?:{'|'.join(w for w in WORD_MULTIPLES if w != 'double')}|tenfold)\b"
    r"|вдвое|втрое",
    re.I,
)
WORD_SYNONYMS = {"вдвое": "twice", "втрое": "tripled", "tenfold": "10 times"}

MAX_CONTEXT = 1000  # characters searched back from a figure for its year, flow and pair
MAX_MENTIONS = 50  # mentions looked at on each side of a figure
YEAR_GAP = 20  # characters between a figure and a year written right after it
BASE_GAP = 40  # characters between a base marker and its year
BASE_REACH = 80  # characters between a growth rate or multiple and its base year
# Thai clauses are short and told apart by spaces only: a flow word is looked for this many
# characters back in the paragraph instead (a list "ถ่านหิน – 11.9%; ปลา – 9.5%" after
# "การส่งออก").
THAI_FLOW_REACH = 500
# Flows with a direction: whose exports, whose investment (the investor, like the exporter).
DIRECTED_FLOWS = ("export", "import", "investment_stock", "direct_investment")


# --- patterns ------------------------------------------------------------------------------------
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


def _lookup(table: dict, found: str):
    """The value of the table entry a match came from."""
    low = found.lower()
    if low in table:
        return table[low]
    for word, value in table.items():  # stems and classes: few, tried only when needed
        if re.fullmatch(_alternative(word), low, re.I):
            return value
    raise KeyError(found)


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
AFTER_FIGURE_RE = _pattern([*THAI_PLACES, *SCALES, *CURRENCIES, *SUFFIX_UNITS, *SUFFIX_WORDS])
BEFORE_FIGURE_WORDS = [*QUALIFIERS, *SIGN_WORDS, *PREFIX_CURRENCIES, *RANK_PREFIXES, "ร้อยละ"]
BEFORE_WORD_RE = _pattern(BEFORE_FIGURE_WORDS)
BEFORE_FIGURE_RE = re.compile(
    "(?:" + BEFORE_WORD_RE.pattern + r")\s*(?:by|в|на|чем в|ที่)?\s*$", re.I
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


# --- reading a line ------------------------------------------------------------------------------
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


def _clean(line: str, number: int) -> str:
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


def _units(text: str, thai: bool) -> list[int]:
    breaks = THAI_CLAUSE_BREAK if thai else SENTENCE_BREAK
    return [0, *(m.end() for m in breaks.finditer(text))]


# --- figures -------------------------------------------------------------------------------------
def _figure_span(text: str, m: re.Match) -> Span | None:
    """The figure starting with the number m: its words after and before, read by the parser."""
    core = m.group().lower()
    words = [WORD_SYNONYMS.get(core, core)]
    kind = "times" if core in WORD_SYNONYMS or core in WORD_MULTIPLES else None
    after: list[str] = []
    pos, prev = m.end(), "number"
    done = False  # after a currency or unit only a suffix qualifier or sign ("以上", "増") follows
    while True:
        at = _skip(text, pos)
        w = AFTER_FIGURE_RE.match(text, at)
        n = NUMBER_START.match(text, at) if prev == "scale" and not done else None
        if w:
            word = w.group().lower()
            role = _role(word)
            if word == "เท่า" and text.startswith("เท่านั้น", at):
                break  # "เท่านั้น" is "only"
            if word in PREFIX_CURRENCIES and NUMBER_START.match(text, _skip(text, w.end())):
                break  # "2013 $34.8 billion": the currency belongs to the next number
            if done and role not in ("qualifier", "sign"):
                break
            done = done or role in ("unit", "currency")
            if role in ("scale", "place"):
                prev = "scale"
            elif role == "unit" and kind is None:
                kind = _unit_kind(word)
            elif role == "currency":
                kind = kind or "money"
            if role in ("qualifier", "sign"):
                after.append(SUFFIX_WORDS[word][0])
            else:
                words.append(SUFFIX_WORDS.get(word, (word,))[0])
            pos = w.end()
            continue
        if n and _has_multiplier_after(text, n.end()):
            words.append(n.group())
            pos, prev = n.end(), "number"
            continue
        break
    start = m.start()
    before = BEFORE_FIGURE_RE.search(text, max(0, start - 30), start)
    prefix = []
    while before and before.start() < start:
        word = before.group().strip().lower()
        head = BEFORE_WORD_RE.match(word)
        key = head.group().lower() if head else word
        if key in SIGN_WORDS and kind != "percent":
            break  # "เพิ่มขึ้นเกือบสองเท่า": the multiple is "เกือบสองเท่า"
        prefix.insert(0, _prefix_word(key))
        if key in PREFIX_CURRENCIES:
            kind = kind or "money"
        if key in RANK_PREFIXES:
            kind = "rank"
        if key == "ร้อยละ":
            kind = "percent"
        start = before.start()
        before = BEFORE_FIGURE_RE.search(text, max(0, start - 30), start)
    if kind is None and core[0].isdigit() and _ordinal_rank(text, m.end()):
        kind, prefix, words, pos = "rank", ["rank"], [core], _ordinal_end(text, m.end())
    if kind is None:
        return None
    if m.start() > 0 and text[m.start() - 1] in "+-" and kind == "percent":
        start = m.start() - 1
        words[0] = text[start] + words[0]
    if start > 0 and text[start - 1] == "(" and text[pos : pos + 1] == ")":
        start, pos = start - 1, pos + 1
    return Span(start, pos, " ".join([*after, *prefix, *words]), kind)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _has_multiplier_after(text: str, pos: int) -> bool:
    w = AFTER_FIGURE_RE.match(text, _skip(text, pos))
    return bool(w) and _role(w.group().lower()) in ("scale", "place")


def _role(word: str) -> str:
    if word in SUFFIX_WORDS:
        return SUFFIX_WORDS[word][1]
    if word in THAI_PLACES:
        return "place"
    if word in SCALES:
        return "scale"
    if word in CURRENCIES:
        return "currency"
    return "unit"


def _unit_kind(word: str) -> str:
    unit = UNITS.get(word) or ("times" if SUFFIX_WORDS.get(word, ("",))[0] == "times" else None)
    unit = unit or ("percent" if word == "パーセント" else None)
    return {"tonnes": "tonnes", "percent": "percent", "times": "times", "rank": "rank"}.get(
        unit or "", "money"
    )


def _prefix_word(word: str) -> str:
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


def _read_figure(span: Span, year: int | None) -> Figure | None:
    """The parser's reading of a span, or None when it is no figure after all."""
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
    except ParseError:
        return None


def _figures(line: Line) -> list[Span]:
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


# --- mentions ------------------------------------------------------------------------------------
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
        offset = _lookup(RELATIVE_YEARS, m.group())
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
        (m.start(), m.end(), _lookup(PARTIAL_YEARS, m.group())) for m in PARTIAL_RE.finditer(text)
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
        a, b = _lookup(MONTH_WORDS, m.group("m1")), _lookup(MONTH_WORDS, m.group("m2"))
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
        ):
            when.base = True
        if LEVEL_VERB_RE.match(text, when.end):
            when.forward = True


def _mentions(pattern: re.Pattern, table: dict | None, text: str) -> Found:
    return Found(
        Mention(m.start(), m.end(), _lookup(table, m.group()) if table else m.group())
        for m in pattern.finditer(text)
    )


def _mark_compared(line: Line) -> None:
    """Economies and flows after a comparative 'than' (not a qualifier) in the same unit."""
    text = line.text
    for m in THAN_RE.finditer(text):
        nxt = _skip(text, m.end())
        if NUMBER_START.match(text, nxt) or BEFORE_FIGURE_RE.match(text[nxt : nxt + 12]):
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
    text = _clean(raw, number)
    line = Line(number, text, bool(THAI_LETTER.search(text)))
    line.units = _units(text, line.thai)
    line.figures = Found(_figures(line))
    if not line.figures:
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
    _mark_japanese_compared(line)
    return line


# --- claims --------------------------------------------------------------------------------------
@dataclass
class Settings:
    year: int | None
    pair: tuple[str, str] | None
    reference_year: int | None
    reporter: str | None
    source_id: str


def _side(code: str) -> str:
    return "R" if code in RUSSIA_OR_USSR else code


def _near(items: Found, pos: int, before: bool) -> list:
    """Up to MAX_MENTIONS items ending before pos (nearest first) or starting after it."""
    starts = items.starts
    if before:
        k = bisect.bisect_left(starts, pos)
        chosen = [i for i in items[max(0, k - MAX_MENTIONS) : k] if i.end <= pos]
        return [i for i in reversed(chosen) if pos - i.end <= MAX_CONTEXT]
    k = bisect.bisect_left(starts, pos)
    return [i for i in items[k : k + MAX_MENTIONS] if i.start - pos <= MAX_CONTEXT]


def _when_of(line: Line, span: Span) -> tuple[When | None, str]:
    """The time a figure refers to, and whether it is written in its own unit or taken from
    an earlier one (year_basis written or context)."""
    unit = line.unit_of(span.start)
    after = _near(line.whens, span.end, before=False)
    if after:
        w = after[0]
        gap = line.text[span.end : w.start]
        if len(gap) <= YEAR_GAP and YEAR_AFTER_GAP_RE.match(gap) and not (w.forward or w.base):
            return w, "written"
    for w in _near(line.whens, span.start, before=True):
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


def _base_of(line: Line, span: Span) -> When | None:
    """The base year of a growth rate or multiple: the nearest base year within BASE_REACH
    characters (in its sentence, but for Thai)."""
    unit = line.unit_of(span.start)

    def distance(w: When) -> int:
        return span.start - w.end if w.end <= span.start else w.start - span.end

    near = [*_near(line.whens, span.start, True), *_near(line.whens, span.end, False)]

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


def _window(line: Line, span: Span, units_back: int) -> tuple[int, int]:
    unit = line.unit_of(span.start)
    start = line.unit_range(max(0, unit - units_back))[0]
    return max(start, span.start - MAX_CONTEXT), span.start


def _flow_of(line: Line, span: Span) -> tuple[Mention | None, Mention | None]:
    """The flow a figure measures (nearest before it in its unit, or named right after it),
    and the flow it is compared with."""
    for f in _near(line.flows, span.end, before=False)[:1]:
        if f.start - span.end <= 15 and FLOW_AFTER_RE.fullmatch(line.text[span.end : f.start]):
            return f, None
    low = _window(line, span, 0)[0] if not line.thai else max(0, span.start - THAI_FLOW_REACH)
    flow = base = None
    for f in _near(line.flows, span.start, before=True):
        if f.start < low:
            break
        if f.base and base is None:
            base = f
        elif not f.base and flow is None:
            flow = f
    return flow, base


def _measure(line: Line, span: Span, figure: Figure) -> str | None:
    if span.kind in ("times", "rank"):
        return {"times": "multiple", "rank": "rank"}[span.kind]
    if span.kind != "percent":
        return "value" if figure.unit == "money" else "quantity"
    signed = span.parse_text.lstrip("(").startswith(("+", "-")) or any(
        w in span.parse_text for w in SIGN_WORDS
    )
    if signed:
        return "growth"
    low, high = _window(line, span, 1 if line.thai else 0)
    if line.words["share"].last_between(low, high):
        return "share_of_total"
    if line.words["structure"].last_between(span.start - MAX_CONTEXT, high):
        return "commodity_share"
    low, _ = _window(line, span, 0)
    if line.words["growth"].last_between(low, high) or (_base_of(line, span) is not None):
        return "growth"
    return None


def _pair_of(line: Line, span: Span) -> tuple[list[str], str | None, bool]:
    """Up to two economies the figure's context names (nearest first), the base partner of a
    comparison, and whether the pair is ambiguous (three economies, none in the figure's unit)."""
    unit = line.unit_of(span.start)
    before = _near(line.economies, span.start, True)
    after = _near(line.economies, span.end, False)
    ordered = [
        *(m for m in before if line.unit_of(m.start) == unit),
        *(m for m in after if line.unit_of(m.start) == unit),
        *(m for m in before if line.unit_of(m.start) != unit),
        *(m for m in after if line.unit_of(m.start) != unit),
    ]
    found: list[str] = []
    units: set[int] = set()
    for m in ordered:
        if m.base:
            continue
        for code in _codes(m):
            if _side(code) not in map(_side, found) and len(found) < 2:
                found.append(code)
                units.add(line.unit_of(m.start))
    bases = [c for m in ordered if m.base and line.unit_of(m.start) == unit for c in _codes(m)]
    base_partner = next((c for c in bases if _side(c) not in map(_side, found)), None)
    # taken from other units, the pair is ambiguous when those units name a third economy
    sides = {
        _side(c)
        for m in ordered
        if not m.base and line.unit_of(m.start) in units
        for c in _codes(m)
    }
    ambiguous = len(found) == 2 and unit not in units and len(sides) > 2
    return found, base_partner, ambiguous


def _codes(m: Mention) -> tuple[str, ...]:
    word = m.value.lower()
    if word in PARTNER_PREFIXED:
        return (PARTNER_PREFIXED[word],)
    return _lookup(ECONOMY_WORDS, m.value)


def _direction(line: Line, flow: Mention, pair: list[str]) -> str | None:
    """The economy whose exports or imports a flow word names, from the words around it."""
    text = line.text
    unit = line.unit_of(flow.start)
    near = [
        m
        for m in (
            *_near(line.economies, flow.start, True),
            *_near(line.economies, flow.end, False),
        )
        if line.unit_of(m.start) == unit
        and (flow.start - m.end <= 15 and m.start - flow.end <= 25)
    ]
    near.sort(key=lambda m: min(abs(m.end - flow.start), abs(m.start - flow.end)))
    for m in near:
        word = m.value.lower()
        codes = _codes(m)
        if len(codes) != 1:
            continue
        code = codes[0]
        frm = FROM_RE.search(text, max(0, m.start - 8), m.start) or text.startswith("から", m.end)
        to = (
            TO_RE.search(text, max(0, m.start - 8), m.start)
            or word in PARTNER_PREFIXED
            or text.startswith(("へ", "向け"), m.end)
        )
        exporter = flow.value != "import"
        # exports: "from X" names the exporter, "to X" the partner; imports the other way round
        if (to and exporter) or (frm and not exporter):
            return next((c for c in pair if _side(c) != _side(code)), None)
        return code
    return None


def _order(pair: list[str], first: str | None) -> tuple[str, str]:
    """Economy and partner: the given economy first, else the Russian side, else Japan."""
    if first is not None:
        return first, next(c for c in pair if _side(c) != _side(first))
    ranked = sorted(pair, key=lambda c: (_side(c) != "R", c != "JPN"))
    return ranked[0], ranked[1]


def _share_partner(line: Line, span: Span) -> str | None:
    """Whose share a share figure states: the economy named right before or after 'share'."""
    low, high = _window(line, span, 1 if line.thai else 0)
    share = line.words["share"].last_between(low, high)
    if share is None:
        return None
    for m in _near(line.economies, share.start, True)[:1]:
        if share.start - m.end <= 6:
            return _codes(m)[0]
    for m in _near(line.economies, share.end, False)[:1]:
        if m.start - share.end <= 30 and m.start < span.start:
            return _codes(m)[0]
    return None


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
    flow, base_flow = _flow_of(line, span)
    if flow is None and span.kind not in ("money", "tonnes"):
        return None
    when, basis = _when_of(line, span)
    time = _time(when, basis, settings)
    figure = _read_figure(span, time["year"])
    if figure is None:
        return None
    measure = _measure(line, span, figure)
    found, base_partner, ambiguous = _pair_of(line, span)
    flow_code = flow.value if flow is not None and flow.value in CLAIM_FLOWS else None
    missing, note, settled = time["missing"], time["note"], time["settled_by"]
    economy = partner = None
    if ambiguous or len(found) < 2:
        given = settings.pair
        if given and all(_side(c) in map(_side, given) for c in found):
            found, first = list(given), given[0]
            settled.append("pair")
        else:
            first = None
            missing.append("pair")
            if ambiguous:
                note.append("three economies named, none in the figure's clause")
    else:
        first = None
    if len(found) == 2 and "pair" not in missing:
        if first is None and flow_code in DIRECTED_FLOWS:
            first = _direction(line, flow, found) or state.get("direction")
            if first is None or _side(first) not in map(_side, found):
                first = settings.reporter if settings.reporter in found else None
                if first is None and settings.reporter is not None:
                    first = next((c for c in found if _side(c) == _side(settings.reporter)), None)
                if first is None:
                    missing.append("direction")
                else:
                    settled.append("reporter")
            else:
                state["direction"] = first
        elif first is None and measure == "share_of_total":
            whose = _share_partner(line, span)
            first = next((c for c in found if whose and _side(c) != _side(whose)), None)
        economy, partner = _order(found, first)
        if time["year"] is not None:
            economy, partner = economy_in(economy, time["year"]), economy_in(partner, time["year"])
    if flow is None or flow_code is None:
        missing.append("flow")
    if measure is None:
        missing.append("measure")
    period = time["period"]
    if (
        when is not None
        and when.year_end
        and flow_code in ("investment_stock", "direct_investment")
    ):
        period = "year-end"
    elif period == "unstated" and time["year"] is not None:
        period = "annual"
    base = _base_of(line, span) if measure in ("growth", "multiple") else None
    reporter = next((r.value for r in _near(line.reporters, span.start, True)), "unstated")
    record = line.words["record"].last_between(_window(line, span, 0)[0], span.start)
    row = dict.fromkeys(CLAIM_COLUMNS)
    row.update(
        obs_id=f"{settings.source_id}_line{line.number}_{k}",
        source_id=settings.source_id,
        locator=f"line {line.number}",
        as_written=line.text[span.start : span.end],
        period_as_written=time["period_as_written"],
        year_basis=time["year_basis"],
        economy=economy,
        partner=partner,
        flow=flow_code,
        measure=measure,
        year=time["year"],
        period=period,
        base_year=_base_year(base, time["year"], settings),
        base_year_to=_base_year_to(base),
        base_partner=base_partner if measure == "multiple" else None,
        base_flow=base_flow.value if base_flow is not None and measure == "multiple" else None,
        **figure.stated(),
        reported_by=reporter,
        claim="record_high" if record else None,
        note="; ".join(note) or None,
        column=span.start + 1,
        missing=missing,
        options=sorted({CLAIM_OPTIONS[m] for m in missing if m in CLAIM_OPTIONS}),
        settled_by=settled,
    )
    return row


def _base_year(base: When | None, year: int | None, settings: Settings) -> int | None:
    """The base's year; a relative base ("前年比", "compared with last year") counts from the
    claim's year, else from the reference year."""
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
    if len(pair) != 2 or any(p not in ECONOMIES for p in pair) or _side(pair[0]) == _side(pair[1]):
        raise ParseError(
            f"pair must be two different economies of {', '.join(ECONOMIES)}", repr(pair)
        )
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
    return claims


def claims_frame(text: str, **options):
    """find_claims as a DataFrame, one row per claim, columns schema.CLAIM_COLUMNS."""
    import pandas as pd

    return pd.DataFrame(find_claims(text, **options), columns=CLAIM_COLUMNS)
