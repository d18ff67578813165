"""rjtrade.claims.finder: trade claims found in free text.

Each sentence below was written for the test; the expected claim is worked out by hand from
its words (comments). The article comparison reads the Thai article when it is at hand and
else the masked copy of its cited lines, and checks it row by row against
data/raw/article_figures.csv (line, value, year, period, bound).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pandas as pd
import pytest

import rjtrade.config
from rjtrade.claims.finder import claims_frame, find_claims
from rjtrade.errors import ParseError, RjtradeError
from rjtrade.schema import CLAIM_COLUMNS, MAX_CLAIM_TEXT_LENGTH
from rjtrade.store import observations

ARTICLE = (
    Path(rjtrade.config.PROJ_ROOT).parent / "shared" / "seed" / "russia-japan-relations.th.txt"
)
MASKED = Path(__file__).parent / "fixtures" / "article_figures_at_lines.json"


def only(text: str, **options) -> dict:
    claims = find_claims(text, **options)
    assert len(claims) == 1, claims
    return claims[0]


def fields(claim: dict, *names: str) -> dict:
    return {n: claim[n] for n in names}


KEY = ("economy", "partner", "flow", "measure", "year", "period", "value", "bound")
# Russia–Japan turnover of US$34.8 bn in 2013, as the English and Japanese sentences state it.
RECORD_2013 = dict(
    economy="RUS", partner="JPN", flow="turnover", measure="value", year=2013,
    period="annual", value=34.8e9, bound="exact",
)  # fmt: skip


# --- one sentence per language ---------------------------------------------------------------
def test_english_record_level():
    c = only("Russia–Japan trade hit a record $34.8 billion in 2013")
    # "$34.8 billion": 34.8e9 US$, last digit tenths of a billion: [34.75e9, 34.85e9];
    # "in 2013" right after the figure; "trade" turnover; Russia named first (Russian side).
    assert fields(c, *KEY) == RECORD_2013
    assert (c["low"], c["high"], c["currency"]) == (34.75e9, 34.85e9, "USD")
    assert c["claim"] == "record_high"  # "a record"
    assert (c["year_basis"], c["locator"], c["as_written"]) == (
        "written",
        "line 1",
        "$34.8 billion",
    )
    assert c["missing"] == [] and c["options"] == []


def test_thai_multiple_with_a_base_partner():
    c = only("การค้าระหว่างญี่ปุ่นกับจีนมากกว่าญี่ปุ่นกับรัสเซียเกิน 10 เท่า")
    # "trade between Japan and China is more than Japan and Russia by over 10 times":
    # the pair before "มากกว่า" (than) is Japan–China, Russia after it is the base partner;
    # "เกิน" opens the top: [10, inf). No year written.
    assert fields(c, "economy", "partner", "base_partner", "flow", "measure") == {
        "economy": "JPN",
        "partner": "CHN",
        "base_partner": "RUS",
        "flow": "turnover",
        "measure": "multiple",
    }
    assert (c["value"], c["bound"], c["low"], c["high"]) == (10.0, "at_least", 10.0, math.inf)
    assert c["year"] is None and c["missing"] == ["year"] and c["options"] == ["--year"]


def test_russian_turnover():
    c = only("товарооборот России и Японии в 2013 году составил 33,2 млрд долларов")
    # "33,2 млрд долларов": decimal comma, 33.2e9 US$ +- 0.05e9; "в 2013 году" before it.
    assert fields(c, *KEY) == {
        "economy": "RUS",
        "partner": "JPN",
        "flow": "turnover",
        "measure": "value",
        "year": 2013,
        "period": "annual",
        "value": pytest.approx(33.2e9),
        "bound": "exact",
    }
    assert c["low"] == pytest.approx(33.15e9) and c["high"] == pytest.approx(33.25e9)


def test_japanese_turnover():
    c = only("2013年の日ロ貿易額は348億ドル")
    # 348億 = 348 x 10^8 = 34.8e9 US$, half a 億 either side; 日ロ names Japan and Russia.
    assert fields(c, *KEY) == RECORD_2013
    assert (c["low"], c["high"]) == (34.75e9, 34.85e9)


def test_thai_buddhist_era_year():
    c = only("ในปี พ.ศ. 2556 มูลค่าการค้ารัสเซีย-ญี่ปุ่นอยู่ที่ 34.8 พันล้านดอลลาร์")
    # พ.ศ. 2556 - 543 = 2013; "พันล้าน" = 10^9.
    assert (c["year"], c["value"], c["period_as_written"]) == (2013, 34.8e9, "พ.ศ. 2556")


def test_english_january_september_exports_and_imports():
    claims = find_claims(
        "Russian exports to Japan rose 12.7% to $13.3 billion in January–September 2014,"
        " while imports from Japan fell 20.1%."
    )
    # Three figures, all of January-September 2014 (written once, after the second);
    # "Russian exports to Japan": Russia exports; "imports from Japan": Russia imports
    # (Japan after "from" is the partner of an import).
    got = [
        fields(c, "as_written", "economy", "flow", "measure", "value", "period") for c in claims
    ]
    assert got == [
        {
            "as_written": "rose 12.7%",
            "economy": "RUS",
            "flow": "export",
            "measure": "growth",
            "value": 12.7,
            "period": "jan-sep",
        },
        {
            "as_written": "$13.3 billion",
            "economy": "RUS",
            "flow": "export",
            "measure": "value",
            "value": 13.3e9,
            "period": "jan-sep",
        },
        {
            "as_written": "fell 20.1%",
            "economy": "RUS",
            "flow": "import",
            "measure": "growth",
            "value": -20.1,
            "period": "jan-sep",
        },
    ]
    assert {c["year"] for c in claims} == {2014}


def test_russian_january_september_with_growth():
    claims = find_claims(
        "В январе–сентябре 2014 года экспорт России в Японию составил 13,3 млрд долл. (+12,7%),"
        " импорт — 7,5 млрд долл."
    )
    # export 13.3 bn and +12.7 %, import 7.5 bn; Russia exports (России right after экспорт,
    # Японию after "в" is the partner); the import inherits Russia as the reporting economy.
    got = [(c["flow"], c["measure"], c["value"], c["economy"], c["period"]) for c in claims]
    assert got == [
        ("export", "value", pytest.approx(13.3e9), "RUS", "jan-sep"),
        ("export", "growth", 12.7, "RUS", "jan-sep"),
        ("import", "value", 7.5e9, "RUS", "jan-sep"),
    ]


def test_japanese_exports_with_suffix_qualifiers_and_yoy_base():
    claims = find_claims("2014年1～9月の日本の対ロ輸出は前年比20.1%減の75億ドル。")
    # 1～9月 is January-September; 日本の対ロ輸出 is Japan's exports to Russia; "減" after the
    # percent is a fall; 前年比 (on the previous year) makes 2013 the base.
    growth, level = claims
    assert fields(growth, "economy", "partner", "flow", "measure", "value", "base_year") == {
        "economy": "JPN",
        "partner": "RUS",
        "flow": "export",
        "measure": "growth",
        "value": -20.1,
        "base_year": 2013,
    }
    assert (level["value"], level["period"], level["year"]) == (7.5e9, "jan-sep", 2014)


def test_japanese_multiple_with_base():
    c = only("日中貿易は日ロ貿易の10倍以上である。")
    # 日ロ貿易の10倍: ten times Japan–Russia trade, so Russia is the base; 以上 = at least.
    assert fields(c, "economy", "partner", "base_partner", "value", "bound") == {
        "economy": "JPN",
        "partner": "CHN",
        "base_partner": "RUS",
        "value": 10.0,
        "bound": "at_least",
    }


def test_english_rank_and_thai_rank():
    c = only("Japan was Russia's 8th largest trading partner in 2013.")
    assert fields(c, "measure", "value", "flow", "year") == {
        "measure": "rank",
        "value": 8.0,
        "flow": "turnover",
        "year": 2013,
    }
    c = only("ในปี 2013 ญี่ปุ่นอยู่อันดับที่ 8 ในบรรดาคู่ค้าของรัสเซีย")
    # "อันดับที่ 8 ในบรรดาคู่ค้า": 8th among (Russia's) trading partners.
    assert (c["measure"], c["value"], c["flow"], c["year"]) == ("rank", 8.0, "turnover", 2013)


def test_share_less_than_one_percent():
    c = only("ในปี 2013 ส่วนแบ่งของรัสเซียในมูลค่าการค้าของญี่ปุ่นไม่ถึง 1%")
    # Russia's share of Japan's trade: economy Japan, partner Russia; "ไม่ถึง" = less than: [0, 1].
    assert fields(c, "economy", "partner", "measure", "bound", "low", "high") == {
        "economy": "JPN",
        "partner": "RUS",
        "measure": "share_of_total",
        "bound": "at_most",
        "low": 0.0,
        "high": 1.0,
    }


def test_a_multiple_since_a_base_year():
    c = only("Trade between Japan and Russia grew fivefold since 2003.")
    # "since 2003" is the base, not the year of the claim: no year, base_year 2003.
    assert (c["measure"], c["value"], c["base_year"], c["year"]) == ("multiple", 5.0, 2003, None)
    assert c["missing"] == ["year"]


# --- what cannot be told ----------------------------------------------------------------------
def test_a_claim_without_a_year_says_so_and_the_year_option_settles_it():
    c = only("Russia–Japan trade reached $20 billion.")
    assert (c["year"], c["year_basis"], c["period"]) == (None, "none", "unstated")
    assert c["missing"] == ["year"] and c["options"] == ["--year"]
    c = only("Russia–Japan trade reached $20 billion.", year=2007)
    assert (c["year"], c["year_basis"], c["settled_by"], c["missing"]) == (
        2007,
        "context",
        ["year"],
        [],
    )


def test_a_claim_naming_no_pair_says_so_and_the_pair_option_settles_it():
    c = only("Trade reached $20 billion in 2007.")
    assert (c["economy"], c["partner"], c["missing"], c["options"]) == (
        None,
        None,
        ["pair"],
        ["--pair"],
    )
    c = only("Trade reached $20 billion in 2007.", pair=("RUS", "JPN"))
    assert (c["economy"], c["partner"], c["settled_by"], c["missing"]) == (
        "RUS",
        "JPN",
        ["pair"],
        [],
    )


def test_one_economy_named_is_no_pair():
    # Japan alone: exports to whom? The pair stays open.
    c = only("Japan's exports grew 5% in 2013.")
    assert "pair" in c["missing"]


def test_three_economies_far_from_the_figure_are_no_pair():
    text = "Russia, Japan and China met in Tokyo. In 2013 trade reached $30 billion."
    assert "pair" in only(text)["missing"]


@pytest.mark.parametrize(
    "text",
    [
        "Last year Russia–Japan trade fell 1.9%.",
        "ปีที่แล้วการค้ารัสเซีย-ญี่ปุ่นลดลง 1.9%",
        "в прошлом году товарооборот России и Японии сократился на 1,9%",
        "昨年の日ロ貿易は1.9%減少した。",
    ],
)
def test_last_year_needs_a_reference_year(text):
    c = only(text)
    assert (c["year"], c["missing"], c["value"]) == (None, ["year"], -1.9)
    c = only(text, reference_year=2015)  # last year = 2014
    assert (c["year"], c["year_basis"], c["settled_by"], c["missing"]) == (
        2014,
        "context",
        ["reference_year"],
        [],
    )


def test_direction_of_exports_left_open_and_settled_by_reporter():
    text = "In 2013 Russia–Japan trade grew; exports were $20 billion."
    c = find_claims(text)[-1]
    assert c["flow"] == "export" and "direction" in c["missing"] and c["options"] == ["--reporter"]
    c = find_claims(text, reporter="JPN")[-1]
    assert (c["economy"], c["partner"], c["settled_by"]) == ("JPN", "RUS", ["reporter"])


def test_ussr_years_give_the_soviet_economy():
    c = only("มูลค่าการค้าระหว่างสหภาพโซเวียตและญี่ปุ่น 147 ล้านดอลลาร์ในปี 2503")
    # ปี 2503 = 1960: the Soviet Union (SUN), not Russia.
    assert (c["economy"], c["year"], c["value"]) == ("SUN", 1960, 147e6)


def test_figures_of_other_things_are_not_trade_claims():
    # three visits, a list rank and "only" (เท่านั้น) are no multiples, ranks or trade figures
    assert find_claims("Putin visited Japan three times in 2005.") == []
    assert find_claims("ปูตินเยือนญี่ปุ่นอย่างเป็นทางการสามครั้ง") == []
    assert find_claims("บทความ 5 อันดับแรก") == []


# --- hostile and odd input --------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\r\n"])
def test_empty_text_has_no_claims(text):
    assert find_claims(text) == []


@pytest.mark.parametrize(
    "text, message",
    [
        ("Russia\x00Japan", "NUL character"),
        ("trade \x07 5%", "control character U+0007"),
        (b"Russia-Japan trade", "bytes, not text"),
        (None, "not text"),
        ("a" * (MAX_CLAIM_TEXT_LENGTH + 1), "MAX_CLAIM_TEXT_LENGTH"),
    ],
)
def test_what_is_not_text_is_refused_clearly(text, message):
    with pytest.raises(ParseError, match=re.escape(message)):
        find_claims(text)


def test_a_10_mb_text_is_refused_before_it_is_read():
    with pytest.raises(RjtradeError, match=r"at most 1,000,000 are read"):
        find_claims("การค้า 5% " * 1_000_000)


@pytest.mark.parametrize(
    "options, message",
    [
        ({"year": 1700}, "year outside"),
        ({"year": "2013"}, "whole CE year"),
        ({"reference_year": 3000}, "reference_year outside"),
        ({"pair": ("RUS", "SUN")}, "two different economies"),
        ({"pair": ("RUS", "XXX")}, "two different economies"),
        ({"reporter": "USA"}, "reporter must be"),
    ],
)
def test_bad_options_are_refused_clearly(options, message):
    with pytest.raises(ParseError, match=message):
        find_claims("Russia–Japan trade reached $20 billion.", **options)


def test_text_in_another_language_has_no_claims():
    assert find_claims("Le commerce russo-japonais a atteint 34,8 milliards en 2013.") == []
    assert find_claims("Der Handel zwischen Russland und Japan stieg.") == []


def test_numbers_without_units_are_no_figures():
    assert (
        find_claims("In 2013 trade between Russia and Japan was 34.8, up from 20 in 2007.") == []
    )


def test_a_sentence_with_ten_figures():
    text = "Russia–Japan trade: " + ", ".join(f"${n} billion in {2000 + n}" for n in range(1, 11))
    claims = find_claims(text)
    # each figure takes the year written right after it
    assert [(c["value"], c["year"]) for c in claims] == [(n * 1e9, 2000 + n) for n in range(1, 11)]


def test_foreign_digits_and_full_width_digits():
    # full-width digits (Japanese) are read; Arabic-Indic ones are not numbers here
    assert only("２０１３年の日ロ貿易額は３４８億ドル")["value"] == 34.8e9
    assert find_claims("Russia–Japan trade reached $٣٤ billion in 2013") == []


def test_lines_are_located_and_many_paragraphs_read():
    text = (
        "Intro.\n\nIn 2013 Russia–Japan trade hit $34.8 billion.\nNothing here.\n"
        "2013年の日ロ貿易額は348億ドル"
    )
    # columns count characters from 1: "$" is the 32nd of line 3
    assert [(c["locator"], c["column"]) for c in find_claims(text)] == [
        ("line 3", 32),
        ("line 5", 13),
    ]


def test_the_frame_form_has_the_claim_columns():
    frame = claims_frame(
        "Russia–Japan trade hit a record $34.8 billion in 2013", source_id="tweet"
    )
    assert list(frame.columns) == CLAIM_COLUMNS
    assert frame.loc[0, "obs_id"] == "tweet_line1_1" and frame.loc[0, "source_id"] == "tweet"
    assert claims_frame("").empty


# --- the article against the figures recorded by hand --------------------------------------------
def _masked_article() -> str:
    """The cited lines with their masks read as spaces, every other line empty."""
    cited = json.loads(MASKED.read_text(encoding="utf-8"))
    lines = [""] * max(map(int, cited))
    for number, entry in cited.items():
        lines[int(number) - 1] = re.sub("·+", " ", entry["masked"])
    return "\n".join(lines)


def _key(row) -> tuple:
    year = None if row["year"] is None or pd.isna(row["year"]) else int(row["year"])
    return row["locator"], round(float(row["value"]), 6), year, row["period"], row["bound"]


def compare(text: str) -> tuple[list[str], list[str], list[dict]]:
    """Recorded figures found (same line, value, year, period, bound) and missed, and the
    claims found that match no recorded figure."""
    recorded = observations()
    recorded = recorded[(recorded.source_id == "article_th") & (recorded.status == "stated")]
    claims = find_claims(text, source_id="article_th")
    used: set[int] = set()
    found, missed = [], []
    for _, row in recorded.iterrows():
        want = _key(row)
        hit = next((i for i, c in enumerate(claims) if i not in used and _key(c) == want), None)
        if hit is None:
            missed.append(row["obs_id"])
        else:
            used.add(hit)
            found.append(row["obs_id"])
    added = [c for i, c in enumerate(claims) if i not in used]
    return found, missed, added


# Japan–China trade and its multiple over Russia (line 323) take 2007 from another paragraph
# (line 309); find_claims takes no year across paragraphs and leaves the year missing.
KNOWN_MISSES = {"th_jpn_chn_turnover", "th_jpn_chn_multiple_rus"}


def test_the_article_claims_are_found():
    """41 recorded: on the article 39 found, 2 missed (the known ones), 2 added (the same two
    figures without a year). On the masked copy (no words but the figures and their periods:
    no flow words, so no percents, multiples or ranks) at least 12 found."""
    if ARTICLE.exists():
        found, missed, added = compare(ARTICLE.read_text(encoding="utf-8"))
        print(f"article: found {len(found)}, missed {len(missed)}, added {len(added)}")
        assert len(found) >= 39
        assert set(missed) <= KNOWN_MISSES
        assert len(added) <= 2 and all(c["locator"] == "line 323" for c in added)
        assert all("year" in c["missing"] for c in added)
    else:
        check_masked()


def check_masked():
    found, missed, added = compare(_masked_article())
    print(f"masked article: found {len(found)}, missed {len(missed)}, added {len(added)}")
    assert len(found) >= 12
    assert len(added) <= 4


def test_the_masked_article_claims_are_found():
    check_masked()
