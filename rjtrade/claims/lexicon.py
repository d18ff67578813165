"""The words a claim is read by, as data: one table per concept, every language together.

Matched case-insensitively, longest first (rjtrade.claims.patterns compiles them); a Latin or
Cyrillic entry must start a word and, unless it ends in "*" (a stem), end one. Adding a word
to a table is all it takes to read it.
"""

from __future__ import annotations

from ..parse import THAI_MONTHS
from ..schema import MONTH_CODES

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
    "accounted for",
    "accounts for",
    "account for",
    "пришлось",
    "приходится",
    "на долю",
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
RECORD_WORDS = (
    "ประวัติการณ์",
    "สูงสุด",
    "record",
    "all-time high",
    "the highest",
    "рекорд*",
    "наибольш*",
    "максимальн*",
    "過去最高",
    "最高",
)
# Whose statistics a passage quotes: applies to every figure after it in the paragraph.
REPORTER_WORDS = {
    "federal customs service": "RUS",
    "russian customs": "RUS",
    "russia's customs": "RUS",
    "russian statistics": "RUS",
    "russia's own statistics": "RUS",
    "российской статистик*": "RUS",
    "chinese statistics": "CHN",
    "china's statistics": "CHN",
    "китайской статистик*": "CHN",
    "中国の統計": "CHN",
    "สถิติของจีน": "CHN",
    "japan's customs": "JPN",
    "日本の税関": "JPN",
    "日本側の統計": "JPN",
    "ロシア側": "RUS",
    "ロシアの統計": "RUS",
    "ロシア税関": "RUS",
    "ศุลกากรรัสเซีย": "RUS",
    "สถิติของรัสเซีย": "RUS",
    "ศุลกากรญี่ปุ่น": "JPN",
    "สถิติของญี่ปุ่น": "JPN",
    "japanese customs": "JPN",
    "japan's own statistics": "JPN",
    "china's customs": "CHN",
    "chinese customs": "CHN",
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
    "from",
    "between",
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
    "を超え": ("more than", "qualifier"),  # "4500億ドルを超えた": exceeded
    "を上回": ("more than", "qualifier"),
    "を下回": ("less than", "qualifier"),
    "減": ("fell", "sign"),
}
# Currencies the official files hold no rate for: a figure in one is found and reported
# unread with this reason, never dropped or read as another currency.
UNREAD_CURRENCIES = {
    "€": "euros",
    "eur": "euros",
    "euro": "euros",
    "euros": "euros",
    "евро": "euros",
    "ユーロ": "euros",
    "ยูโร": "euros",
}
# Verbs of an open bound before a figure, in the parser's words ("exceeded $450 billion").
PREFIX_QUALIFIERS = {
    "exceeded": "more than",
    "surpassed": "more than",
    "topped": "more than",
    "превысила": "more than",
    "превысило": "more than",
    "превысили": "more than",
    "超过": "more than",
}
PREFIX_CURRENCIES = {"us$": "us$", "$": "$", "usd": "usd", "¥": "yen", "฿": "฿", "thb": "thb"}
RANK_PREFIXES = ("อันดับที่", "อันดับ", "ranked", "rank", "第")
WORD_SYNONYMS = {
    "вдвое": "twice",
    "втрое": "tripled",
    "в два раза": "twice",
    "в три раза": "tripled",
    "tenfold": "10 times",
    "半減": "0.5 times",  # halved
}

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
