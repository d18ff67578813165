"""Every word the charts and the workbook write, one row per key, one column per language.

    say("growth.title", "th", years="พ.ศ. 2503–2557 (ค.ศ. 1960–2014)")
    words("th")["axis.year"]                 -> "ปี พ.ศ. (ค.ศ.)"

A row is {language: text}; text is a str.format template whose {names} the caller fills.
Adding a language is adding a column: a text for that language in every row (a test checks
that every row has every language, none empty). The charts (rjtrade/outputs/figures.py) look
every string up here; the workbook's README sheet and column headers are here too, keyed
`readme.*`, `glossary.*`, `measure.*`, `year_basis.*`, `table.*` and `column.*` (English from
rjtrade.schema, so the two never drift), for a Thai workbook (`rjtrade build --lang th`).

Amounts, years and percentages are written by the functions at the end (`amount`,
`money_tick`, `year`, `years`, `year_tick`, `percent`...), which use rjtrade.format.
"""

from __future__ import annotations

import datetime as dt
import re

from ..categories import CATEGORIES, OTHER
from ..format import format_amount, written_precision
from ..schema import (
    ABOUT,
    BUDDHIST_ERA_OFFSET,
    GLOSSARY,
    IMF_ESTIMATE,
    MEASURES,
    MIXED,
    OFFICIAL_SOURCES,
    PRIMARY_SOURCE,
    TABLES,
    YEAR_BASES,
)

LANGUAGES = ("en", "th")
MINUS = "\u2212"  # the typographic minus sign

# --- the charts -------------------------------------------------------------------------

CHART_WORDS: dict[str, dict[str, str]] = {
    # years, amounts, percentages
    "year": {"en": "{ce}", "th": "{be}"},
    "year.title": {"en": "{ce}", "th": "พ.ศ. {be} (ค.ศ. {ce})"},
    "year.tick": {"en": "{ce}", "th": "{be}\n({ce})"},
    "years": {"en": "{first}–{last}", "th": "{first_be}–{last_be}"},
    "years.title": {
        "en": "{first}–{last}",
        "th": "พ.ศ. {first_be}–{last_be} (ค.ศ. {first}–{last})",
    },
    "years.list": {"en": "{first}, {rest}", "th": "{first}, {rest}"},
    "years.none": {"en": "none", "th": "ไม่มีปีใด"},
    "percent": {"en": "{value} %", "th": "{value}%"},
    "times": {"en": "{value} times", "th": "{value} เท่า"},
    "quoted": {"en": "'{text}'", "th": "'{text}'"},
    "money.zero": {"en": "0", "th": "0"},
    "money.bn": {"en": "{value} bn", "th": "{value} พันล้าน"},
    "money.mn": {"en": "{value} mn", "th": "{value} ล้าน"},
    "money.usd_bn": {"en": "US${value} bn", "th": "{value} พันล้านดอลลาร์"},
    "money.dollar_bn": {"en": "${value} bn", "th": "{value} พันล้านดอลลาร์"},
    "money.range_bn": {"en": "${low}–{high} bn", "th": "{low}–{high}"},
    "more_than": {"en": "more than {amount}", "th": "มากกว่า {amount}"},
    "less_than": {"en": "less than {amount}", "th": "ไม่ถึง {amount}"},
    "month.1": {"en": "January", "th": "ม.ค."},
    "month.2": {"en": "February", "th": "ก.พ."},
    "month.3": {"en": "March", "th": "มี.ค."},
    "month.4": {"en": "April", "th": "เม.ย."},
    "month.5": {"en": "May", "th": "พ.ค."},
    "month.6": {"en": "June", "th": "มิ.ย."},
    "month.7": {"en": "July", "th": "ก.ค."},
    "month.8": {"en": "August", "th": "ส.ค."},
    "month.9": {"en": "September", "th": "ก.ย."},
    "month.10": {"en": "October", "th": "ต.ค."},
    "month.11": {"en": "November", "th": "พ.ย."},
    "month.12": {"en": "December", "th": "ธ.ค."},
    "date.day": {"en": "{iso}", "th": "{day} {month} {be}"},
    "date.month": {"en": "{iso}", "th": "{month} {be}"},
    "date.year": {"en": "{iso}", "th": "{be}"},
    "date.range": {"en": "{first} to {last}", "th": "{first} ถึง {last}"},
    "dates.join": {"en": " and ", "th": " และ "},
    # economies, pairs, flows, views, reporters
    "economy.SUN": {"en": "USSR (SUN) ", "th": "สหภาพโซเวียต (SUN) "},
    "economy.RUS": {"en": " Russia (RUS)", "th": " รัสเซีย (RUS)"},
    "pair.RUS": {"en": "Russia(USSR)–Japan", "th": "รัสเซีย(สหภาพโซเวียต)–ญี่ปุ่น"},
    "pair.RUS.short": {"en": "Russia–Japan", "th": "รัสเซีย–ญี่ปุ่น"},
    "pair.CHN": {"en": "Japan–China", "th": "ญี่ปุ่น–จีน"},
    "pair.CHN.short": {"en": "Japan–China", "th": "ญี่ปุ่น–จีน"},
    "flow.export": {"en": "Russia's exports to Japan", "th": "การส่งออกของรัสเซียไปญี่ปุ่น"},
    "flow.import": {"en": "Russia's imports from Japan", "th": "การนำเข้าของรัสเซียจากญี่ปุ่น"},
    "flow.turnover": {"en": "turnover", "th": "มูลค่าการค้ารวม"},
    "flow.exports": {"en": "exports", "th": "ส่งออก"},
    "flow.imports": {"en": "imports", "th": "นำเข้า"},
    "view.partner": {
        "en": "partner's view: its imports from Japan + Japan's imports from it",
        "th": "มุมมองของคู่ค้า: การนำเข้าจากญี่ปุ่นของคู่ค้า + การนำเข้าจากคู่ค้าของญี่ปุ่น",
    },
    "view.JPN": {
        "en": "Japan's view: Japan's own figures for both flows",
        "th": "มุมมองของญี่ปุ่น: ตัวเลขของญี่ปุ่นเองทั้งขาออกและขาเข้า",
    },
    "view.partner.short": {"en": "partner's view (COW)", "th": "มุมมองของคู่ค้า (COW)"},
    "view.JPN.short": {
        "en": "Japan's view (Japan's customs)",
        "th": "มุมมองของญี่ปุ่น (ศุลกากรญี่ปุ่น)",
    },
    "reporter.JPN": {"en": "Japan's", "th": "ญี่ปุ่น"},
    "reporter.RUS": {"en": "Russia's", "th": "รัสเซีย"},
    "reporter.SUN": {"en": "the USSR's", "th": "สหภาพโซเวียต"},
    "reporter.CHN": {"en": "China's", "th": "จีน"},
    f"reporter.{IMF_ESTIMATE}": {"en": "an IMF estimate", "th": "IMF (ค่าประมาณ)"},
    f"reporter.{MIXED}": {"en": "two reporters'", "th": "ผู้รายงานสองฝ่าย"},
    "basis.none": {"en": "no figure", "th": "ไม่มีตัวเลข"},
    "basis.same": {"en": "{who} statistics", "th": "สถิติของ{who}"},
    "basis.several": {"en": "{who} figures", "th": "ตัวเลขของ{who}"},
    "basis.share": {"en": "{who} figures ({source})", "th": "ตัวเลขของ{who} ({source})"},
    "basis.join": {"en": " + ", "th": " + "},
    "list.join": {"en": "; ", "th": "; "},
    "names.join": {"en": ", ", "th": ", "},
    # sources (others are named by their publisher, as the sources registry writes it)
    f"source.{PRIMARY_SOURCE}": {"en": "the Thai article", "th": "บทความภาษาไทย"},
    "source.cow_trade_4.0_dyadic": {
        "en": OFFICIAL_SOURCES["cow_trade_4.0_dyadic"],
        "th": "Correlates of War Trade v4.0 รายคู่ประเทศ (Barbieri และ Keshk 2016)",
    },
    "source.cow_trade_3.0_dyadic": {
        "en": OFFICIAL_SOURCES["cow_trade_3.0_dyadic"],
        "th": "Correlates of War Trade v3.0 รายคู่ประเทศ (Barbieri และ Keshk 2012)",
    },
    "source.cow_trade_4.0_national": {
        "en": OFFICIAL_SOURCES["cow_trade_4.0_national"],
        "th": "Correlates of War National Trade v4.0 ยอดรวมรายประเทศ (Barbieri และ Keshk 2016)",
    },
    "source.mof_japan_year": {
        "en": OFFICIAL_SOURCES["mof_japan_year"],
        "th": "กระทรวงการคลังญี่ปุ่น สถิติการค้าของญี่ปุ่น (รายปี)",
    },
    "source.mof_japan_china_month": {
        "en": OFFICIAL_SOURCES["mof_japan_china_month"],
        "th": "กระทรวงการคลังญี่ปุ่น การค้าญี่ปุ่น–จีนรายเดือน",
    },
    "source.imf_rates_daily": {
        "en": OFFICIAL_SOURCES["imf_rates_daily"],
        "th": "อัตราแลกเปลี่ยนอ้างอิงของ IMF รายวัน",
    },
    # verdicts and kinds of points
    "verdict.consistent": {
        "en": "agrees with one reporter's figure at least",
        "th": "ตรงกับตัวเลขของผู้รายงานอย่างน้อยหนึ่งฝ่าย",
    },
    "verdict.inconsistent": {
        "en": "agrees with no reporter's figure",
        "th": "ไม่ตรงกับตัวเลขของผู้รายงานฝ่ายใดเลย",
    },
    "verdict.unverifiable": {
        "en": "cannot be checked (the reporter's figure is not in the files)",
        "th": "ตรวจสอบไม่ได้ (ขาดตัวเลขของผู้รายงาน)",
    },
    "claim.verdict": {"en": "claim {verdict}", "th": "ข้อความที่{verdict}"},
    "kind.stated": {"en": "stated by the article", "th": "ระบุไว้ในบทความ"},
    "kind.derived": {
        "en": "derived from its growth rates",
        "th": "คำนวณจากอัตราการเติบโตที่บทความระบุ",
    },
    "kind.partial": {
        "en": "January–September (not annual)",
        "th": "มกราคม–กันยายน (ไม่ใช่ทั้งปี)",
    },
    "kind.more": {"en": "'more than': open upwards", "th": "'มากกว่า': ไม่มีขอบบน"},
    "levels.stated": {"en": "{label}, stated", "th": "{label} ตามที่ระบุ"},
    "levels.derived": {"en": "{label}, derived", "th": "{label} ที่คำนวณได้"},
    "levels.more": {
        "en": "{label}, 'more than' (open-ended)",
        "th": "{label} 'มากกว่า' (ไม่มีขอบบน)",
    },
    "line.interpolated": {
        "en": "interpolated (log-linear), not stated",
        "th": "ประมาณค่าระหว่างปี (log-linear) ไม่ได้ระบุไว้",
    },
    "line.known": {"en": "consecutive years", "th": "ปีที่ต่อเนื่องกัน"},
    # axes
    "axis.year": {"en": "year", "th": "ปี พ.ศ. (ค.ศ.)"},
    "axis.turnover_log": {
        "en": "turnover, current US$ (log scale)",
        "th": "มูลค่าการค้ารวม (ดอลลาร์สหรัฐ, สเกลลอการิทึม)",
    },
    "strip.span": {"en": "{words}\n{years}", "th": "{words}\n{years}"},
    "spans.item": {"en": "{years} {words}", "th": "{years} {words}"},
    # growth_1960_2014
    "growth.title": {
        "en": "Russia(USSR)–Japan trade turnover {years}: the official series and the "
        "article's claims",
        "th": "มูลค่าการค้ารวมรัสเซีย(สหภาพโซเวียต)–ญี่ปุ่น {years}: อนุกรมทางการกับตัวเลขในบทความ",
    },
    "growth.axis": {
        "en": "trade turnover (exports + imports), current US$, log scale",
        "th": "มูลค่าการค้ารวม (ส่งออก + นำเข้า) ดอลลาร์สหรัฐ ราคาประจำปี สเกลลอการิทึม",
    },
    "growth.legend": {
        "en": "the article's claims, checked against the official series",
        "th": "ตัวเลขในบทความ ตรวจสอบกับอนุกรมทางการ",
    },
    "growth.note": {
        "en": "Sources: lines from {sources}; claims from the Thai article, each checked "
        "against every reporter's figure. Japan's own figures: {japan} (yen at the IMF annual "
        "mean rate from 2009). Whiskers: the interval each claim admits. No line joins the "
        "USSR (to 1991) and Russia (from 1992).",
        "th": "ที่มา: เส้นจาก {sources} ; ตัวเลขจากบทความภาษาไทย "
        "แต่ละตัวตรวจสอบกับตัวเลขของผู้รายงานทุกฝ่าย ตัวเลขของญี่ปุ่นเอง: {japan} "
        "(เงินเยน แปลงด้วยอัตราเฉลี่ยรายปีของ IMF ตั้งแต่ พ.ศ. 2552) "
        "เส้นค่าคลาดเคลื่อน: ช่วงที่ตัวเลขแต่ละตัวยอมรับได้ "
        "ไม่มีเส้นเชื่อมสหภาพโซเวียต (ถึง พ.ศ. 2534) กับรัสเซีย (ตั้งแต่ พ.ศ. 2535)",
    },
    # anomaly flags (rjtrade.analyses.backbone's rules), on every chart that draws one
    "flag.label": {"en": "flagged: {reasons}", "th": "ข้อสังเกต: {reasons}"},
    "flag.join": {"en": ";\n", "th": " ;\n"},
    "flag.mirror": {
        "en": "off its neighbouring years and the mirror record",
        "th": "ผิดจากปีข้างเคียงและบันทึกของอีกฝ่าย",
    },
    "flag.total_level": {
        "en": "total trade far off its neighbouring years",
        "th": "ยอดการค้ารวมผิดจากปีข้างเคียงมาก",
    },
    "flag.total_break": {
        "en": "break in total trade (line broken)",
        "th": "ยอดการค้ารวมขาดช่วง (เส้นขาด)",
    },
    "flag.rule.mirror": {
        "en": "a figure whose move against the years either side differs from the mirror "
        "record's by more than a factor of {factor}",
        "th": "ตัวเลขที่เคลื่อนจากปีข้างเคียงต่างจากบันทึกของอีกฝ่ายเกิน {factor} เท่า",
    },
    "flag.rule.total_level": {
        "en": "a total trade below 1/{level} or above {level} times the median of the "
        "{window} years around it",
        "th": "ยอดการค้ารวมต่ำกว่า 1/{level} หรือสูงกว่า {level} เท่าของค่ามัธยฐาน {window} ปีรอบปีนั้น",
    },
    "flag.rule.total_break": {
        "en": "a total trade moving by more than a factor of {brk} from the year before while "
        "trade with Japan moves the other way (shares across it are not comparable)",
        "th": "ยอดการค้ารวมเปลี่ยนเกิน {brk} เท่าจากปีก่อนขณะที่การค้ากับญี่ปุ่นเปลี่ยนไปอีกทาง "
        "(สัดส่วนข้ามปีนั้นเทียบกันไม่ได้)",
    },
    "flag.note": {
        "en": " Ringed: flagged by a stated rule, {rules}; each reason is in the data's "
        "flag_reason column.",
        "th": " วงกลมล้อม: ตัวเลขที่ตั้งข้อสังเกตตามเกณฑ์ที่ระบุ คือ {rules} ; "
        "เหตุผลของแต่ละตัวอยู่ในคอลัมน์ flag_reason ของข้อมูล",
    },
    # dip_2009
    "dip.title": {
        "en": "The 2009 dip, {years}: Russia–Japan and Japan–China trade turnover from the "
        "official series, against the article's claim",
        "th": "การค้าทรุดตัวใน พ.ศ. 2552 (ค.ศ. 2009), {years}: มูลค่าการค้ารวมรัสเซีย–ญี่ปุ่น"
        "และญี่ปุ่น–จีนจากอนุกรมทางการ เทียบกับตัวเลขในบทความ",
    },
    "dip.levels_title": {
        "en": "Russia–Japan, {year} on {base}: a fall of {claimed} or more\nby the article's "
        "figures, of {fall} on one reporter basis (COW)",
        "th": "รัสเซีย–ญี่ปุ่น {year} เทียบกับ {base}: ลดลง {claimed} หรือมากกว่านั้นตามตัวเลขในบทความ\n"
        "ลดลง {fall} เมื่อใช้ตัวเลขของผู้รายงานฝ่ายเดียวกันทุกปี (COW)",
    },
    "dip.levels_axis": {
        "en": "Russia–Japan turnover, current US$, log scale",
        "th": "มูลค่าการค้ารวมรัสเซีย–ญี่ปุ่น\n(ดอลลาร์สหรัฐ, สเกลลอการิทึม)",
    },
    "dip.agrees": {"en": "{year}: agrees with\n{words}", "th": "{year}: ตรงกับ\n{words}"},
    "dip.agrees_none": {"en": "none", "th": "ไม่มี"},
    "dip.index_label": {"en": "{pair} ({basis}, COW)", "th": "{pair} ({basis}, COW)"},
    "dip.claim": {
        "en": "the article:\n{claims}\n= {high} or lower\n(a fall of {fall} or more)",
        "th": "บทความ:\n{claims}\n= {high} หรือต่ำกว่า\n(ลดลง {fall} หรือมากกว่านั้น)",
    },
    "dip.claim_levels": {
        "en": "{base_claim} in {base},\n{claim} in {year}",
        "th": "ปี {base}: {base_claim},\nปี {year}: {claim}",
    },
    "dip.index_axis": {
        "en": "turnover index, {base} = 100 (from current US$)",
        "th": "ดัชนีมูลค่าการค้ารวม ปี {base} = 100\n(จากดอลลาร์สหรัฐ ราคาประจำปี)",
    },
    "dip.index_title": {
        "en": "How deep: index, {base} = 100",
        "th": "ลดลงลึกเพียงใด: ดัชนี ปี {base} = 100",
    },
    "dip.note": {
        "en": "Sources: {sources}; claims from the Thai article. Index: each pair on one "
        "reporter basis for every year (its imports from Japan and Japan's imports from it, as "
        "COW records them), so the fall is not a change of reporter. Left: the partner's view "
        "against Japan's own figures (Japan's customs in yen at the IMF annual mean rate; "
        "Japan's 2008 exports are not in the official files). Whiskers: the interval each "
        "claim admits.",
        "th": "ที่มา: {sources} ; ตัวเลขจากบทความภาษาไทย ดัชนี: "
        "แต่ละคู่ใช้ตัวเลขของผู้รายงานฝ่ายเดียวกันทุกปี "
        "(การนำเข้าจากญี่ปุ่นของคู่ค้าและการนำเข้าจากคู่ค้าของญี่ปุ่น ตามที่ COW บันทึก) "
        "การลดลงจึงไม่ได้มาจากการเปลี่ยนผู้รายงาน ภาพซ้าย: มุมมองของคู่ค้าเทียบกับตัวเลขของญี่ปุ่นเอง "
        "(ศุลกากรญี่ปุ่น เป็นเงินเยน แปลงด้วยอัตราเฉลี่ยรายปีของ IMF ; "
        "ไฟล์ทางการไม่มีตัวเลขส่งออกของญี่ปุ่นปี 2551) "
        "เส้นค่าคลาดเคลื่อน: ช่วงที่ตัวเลขแต่ละตัวยอมรับได้",
    },
    # japan_vs_china
    "china.title": {
        "en": "Japan versus China, {years}: Japan–China and Russia(USSR)–Japan trade, and how "
        "many times larger",
        "th": "ญี่ปุ่นกับจีน เทียบกับรัสเซีย, {years}: การค้าญี่ปุ่น–จีนและรัสเซีย(สหภาพโซเวียต)–ญี่ปุ่น และใหญ่กว่ากันกี่เท่า",
    },
    "china.levels_title": {"en": "Trade turnover, {view}", "th": "มูลค่าการค้ารวม, {view}"},
    "china.axis": {
        "en": "trade turnover, current US$, log scale",
        "th": "มูลค่าการค้ารวม\n(ดอลลาร์สหรัฐ ราคาประจำปี, สเกลลอการิทึม)",
    },
    "china.claim": {"en": "the article, {year}: {amount}", "th": "บทความ ปี {year}:\n{amount}"},
    "china.ratio_label": {
        "en": "Japan–China / Russia(USSR)–Japan",
        "th": "ญี่ปุ่น–จีน / รัสเซีย(สหภาพโซเวียต)–ญี่ปุ่น",
    },
    "china.multiple": {
        "en": " the article ({year}): 'more than {threshold} times'; holds in {years}",
        "th": " บทความ (ปี {year}): {as_written} ; เป็นจริงในปี {years}",
    },
    "china.multiple_point": {
        "en": "{year}: the claim {verdict}",
        "th": "ปี {year}: ข้อความ{verdict}",
    },
    "china.ratio_axis": {"en": "ratio of turnovers (times)", "th": "อัตราส่วนมูลค่าการค้ารวม (เท่า)"},
    "china.ratio_title": {
        "en": "How many times larger Japan–China trade is",
        "th": "การค้าญี่ปุ่น–จีนใหญ่กว่ากี่เท่า",
    },
    "china.note": {
        "en": "Sources: {sources}; claims from the Thai article. One view for both pairs: "
        "{view} (COW). Russia(USSR)–Japan: {rus}. Japan–China: {chn}; China's figures exclude "
        "Hong Kong. Ratios use every reading of both years' intervals.",
        "th": "ที่มา: {sources} ; ตัวเลขจากบทความภาษาไทย ทั้งสองคู่ใช้มุมมองเดียวกัน: {view} (COW) "
        "รัสเซีย(สหภาพโซเวียต)–ญี่ปุ่น: {rus} ญี่ปุ่น–จีน: {chn} ; ตัวเลขของจีนไม่รวมฮ่องกง "
        "อัตราส่วนคิดจากทุกค่าที่เป็นไปได้ในช่วงของทั้งสองคู่",
    },
    # shares_1960_2014
    "shares.title": {
        "en": "Russia(USSR)–Japan trade as a share of each side's total trade, {years}, "
        "against the article's undated shares",
        "th": "สัดส่วนการค้ารัสเซีย(สหภาพโซเวียต)–ญี่ปุ่นในการค้ารวมของแต่ละฝ่าย {years} "
        "เทียบกับสัดส่วนที่บทความระบุโดยไม่บอกปี",
    },
    "shares.panel.th_share_jpn_trade": {
        "en": "Russia(USSR)'s share of Japan's trade",
        "th": "สัดส่วนของรัสเซีย(สหภาพโซเวียต)ในการค้าของญี่ปุ่น",
    },
    "shares.panel.th_share_rus_trade": {
        "en": "Japan's share of Russia(USSR)'s trade",
        "th": "สัดส่วนของญี่ปุ่นในการค้าของรัสเซีย(สหภาพโซเวียต)",
    },
    "shares.series.cow": {
        "en": "COW: turnover (partner's view) / total trade (COW national)",
        "th": "COW: มูลค่าการค้ารวม (มุมมองของคู่ค้า) / การค้ารวมทั้งหมด (COW รายประเทศ)",
    },
    "shares.series.customs": {
        "en": "Japan's customs: turnover / total trade, both in yen",
        "th": "ศุลกากรญี่ปุ่น: มูลค่าการค้ารวม / การค้ารวมทั้งหมด เป็นเงินเยนทั้งคู่",
    },
    "shares.other.ru_jp_2001_share": {"en": "ERINA 2001", "th": "ERINA 2544"},
    "shares.other.jp_su_1981_share": {"en": "kotobank 1981", "th": "kotobank 2524"},
    "shares.other.su_jp_1960_share": {
        "en": "Soviet figures 1960",
        "th": "ตัวเลขของโซเวียต 2503",
    },
    "shares.other.su_jp_1988_share": {
        "en": "Soviet figures 1988",
        "th": "ตัวเลขของโซเวียต 2531",
    },
    "shares.claim": {
        "en": "the article, no year: {claim}\nholds in {years}",
        "th": "บทความ ไม่ระบุปี: {claim}\nเป็นจริงในปี {years}",
    },
    "shares.claim_value": {"en": "'{value} %'", "th": "'{value}%'"},
    "shares.claim_less": {"en": "'less than {value} %'", "th": "'ไม่ถึง {value}%'"},
    "shares.off_scale": {
        "en": "{years}: {low}–{high} %, off the scale (see note)",
        "th": "{years}: {low}–{high}% เกินขอบแกน (ดูหมายเหตุ)",
    },
    "shares.off_scale_note": {
        "en": "{years}: off the scale ({low}–{high} %): the total trade they imply is {totals}",
        "th": "{years}: เกินขอบแกน ({low}–{high}%) การค้ารวมที่ตัวเลขนี้บ่งชี้คือ {totals}",
    },
    "shares.off_scale_after": {
        "en": ", against ${total} bn in {year}: a factor of about {factor}, so those "
        "totals, not the trade, look wrong",
        "th": " เทียบกับ {total} ในปี {year} ต่างกันราว {factor} เท่า "
        "ยอดรวมเหล่านั้นจึงน่าจะผิด ไม่ใช่ตัวเลขการค้า",
    },
    "shares.off_scale_notes": {"en": "{notes}.", "th": "{notes}"},
    "shares.axis": {
        "en": "percent of total trade (exports + imports)",
        "th": "ร้อยละของการค้ารวมทั้งหมด (ส่งออก + นำเข้า)",
    },
    "shares.holds": {
        "en": "a year the article's share holds",
        "th": "ปีที่สัดส่วนในบทความเป็นจริง",
    },
    "shares.other": {"en": "another source, dated", "th": "แหล่งอื่นที่ระบุปี"},
    "shares.note": {
        "en": "Sources: {sources}; the article's shares; other sources as labelled. Turnover "
        "in the partner's view over total trade (COW national imports + exports); Japan's "
        "customs from 2009, both totals in yen. Shaded: the interval of the article's undated "
        "share, drawn across every year. {notes}",
        "th": "ที่มา: {sources} ; สัดส่วนจากบทความ ; แหล่งอื่นตามที่กำกับไว้ "
        "มูลค่าการค้ารวมในมุมมองของคู่ค้าหารด้วยการค้ารวมทั้งหมด (นำเข้า + ส่งออก จาก COW รายประเทศ) ; "
        "ศุลกากรญี่ปุ่นตั้งแต่ พ.ศ. 2552 ยอดทั้งสองเป็นเงินเยน แถบแรเงา: "
        "ช่วงของสัดส่วนที่บทความระบุโดยไม่บอกปี ลากผ่านทุกปี {notes}",
    },
    # commodity_structure
    "structure.title": {
        "en": "Russia–Japan trade by commodity: the article's shares (period not stated); "
        "primary share {years}",
        "th": "การค้ารัสเซีย–ญี่ปุ่นแยกตามสินค้า: สัดส่วนในบทความ (ไม่ระบุช่วงเวลา) "
        "และสัดส่วนสินค้าปฐมภูมิตามแหล่ง {years}",
    },
    "structure.bars_title": {
        "en": "The article's structure: raw materials out, manufactures in",
        "th": "โครงสร้างตามบทความ: ส่งออกวัตถุดิบ นำเข้าสินค้าอุตสาหกรรม",
    },
    "structure.bars_axis": {
        "en": "share of the flow, percent (reference period not stated by the article)",
        "th": "ร้อยละของมูลค่าการค้าในทิศทางนั้น (บทความไม่ระบุช่วงเวลาอ้างอิง)",
    },
    "structure.not_labelled": {"en": "{items}", "th": "{items}"},
    "structure.item": {"en": "{category} {share}", "th": "{category} {share}"},
    "structure.class.primary": {"en": "primary (SITC 0-4, 68)", "th": "สินค้าปฐมภูมิ (SITC 0-4, 68)"},
    "structure.class.manufactured": {
        "en": "manufactured (SITC 5-8)",
        "th": "สินค้าอุตสาหกรรม (SITC 5-8)",
    },
    "structure.class.mixed": {"en": "mixed", "th": "ผสม"},
    "structure.class.unknown": {"en": "not stated (remainder)", "th": "ไม่ระบุ (ส่วนที่เหลือ)"},
    "structure.measure": {
        "en": "{flow}: {sources}, {period}",
        "th": "{flow}: {sources}, {period}",
    },
    "structure.period_not_stated": {"en": "period not stated", "th": "ไม่ระบุช่วงเวลา"},
    "structure.range_axis": {
        "en": "primary goods, percent of the flow: a range, as mixed and unstated categories "
        "may be either",
        "th": "สินค้าปฐมภูมิ ร้อยละของมูลค่าในทิศทางนั้น: เป็นช่วง เพราะหมวดผสมและหมวดที่ไม่ระบุอาจเป็นได้ทั้งสองแบบ",
    },
    "structure.range_title": {
        "en": "Primary share by source and period (ranges, not values)",
        "th": "สัดส่วนสินค้าปฐมภูมิ แยกตามแหล่งและช่วงเวลา (เป็นช่วง ไม่ใช่ค่าเดียว)",
    },
    "structure.note": {
        "en": "Sources: {sources}. Primary/manufactured by UNCTAD's SITC grouping (each "
        "category's HS codes: the workbook's commodity_shares sheet). The remainder is "
        "computed as 100 % less the stated shares.",
        "th": "ที่มา: {sources} แบ่งสินค้าปฐมภูมิ/สินค้าอุตสาหกรรมตามกลุ่ม SITC ของ UNCTAD "
        "(รหัส HS ของแต่ละหมวด: ชีต commodity_shares ในสมุดงาน) ส่วนที่เหลือคำนวณจาก 100% "
        "ลบด้วยสัดส่วนที่ระบุไว้",
    },
    # jan_sep_2014
    "partial.title": {
        "en": "Russia–Japan trade, January–September {year} against the same months of {base}",
        "th": "การค้ารัสเซีย–ญี่ปุ่น มกราคม–กันยายน {year} เทียบกับช่วงเดียวกันของ {base}",
    },
    "partial.bar_stated": {"en": "Jan–Sep {year} (stated)", "th": "ม.ค.–ก.ย. {year} (ตามที่ระบุ)"},
    "partial.bar_derived": {
        "en": "Jan–Sep {year} (derived from the stated growth)",
        "th": "ม.ค.–ก.ย. {year} (คำนวณจากอัตราการเติบโตที่ระบุ)",
    },
    "partial.axis": {
        "en": "current US$, January–September",
        "th": "ดอลลาร์สหรัฐ ราคาประจำปี มกราคม–กันยายน",
    },
    "partial.note": {
        "en": "Source: the Thai article (line 100), citing the Federal Customs Service of "
        "Russia (Russia's side). 2013 values are derived: 2014 value / (1 + growth). "
        "Whiskers: the interval each figure admits. Above the bars: change of 2014 on 2013.",
        "th": "ที่มา: บทความภาษาไทย (บรรทัดที่ 100) อ้างกรมศุลกากรกลางแห่งรัสเซีย (ฝั่งรัสเซีย) "
        "ค่าปี 2556 คำนวณได้: ค่าปี 2557 / (1 + อัตราการเติบโต) "
        "เส้นค่าคลาดเคลื่อน: ช่วงที่ตัวเลขแต่ละตัวยอมรับได้ ตัวเลขเหนือแท่ง: "
        "การเปลี่ยนแปลงของปี 2557 เทียบกับปี 2556",
    },
    # timeline_1855_2014
    "timeline.title": {
        "en": "Russia(USSR)–Japan relations 1855–2014: the article's events, with trade "
        "turnover from 1960",
        "th": "ความสัมพันธ์รัสเซีย(สหภาพโซเวียต)–ญี่ปุ่น พ.ศ. 2398–2557 (ค.ศ. 1855–2014): "
        "เหตุการณ์ในบทความ กับมูลค่าการค้ารวมตั้งแต่ พ.ศ. 2503",
    },
    "timeline.event": {"en": "{years} {event}", "th": "{years} {event}"},
    "timeline.begins": {"en": " (begins {dates})", "th": " (เริ่ม {dates})"},
    "timeline.begins_two": {
        "en": " (begins {dates}: the article gives two dates)",
        "th": " (เริ่ม {dates}: บทความให้วันที่ไว้สองแบบ)",
    },
    "timeline.two_dates": {
        "en": " (the article gives two dates: {dates})",
        "th": " (บทความให้วันที่ไว้สองแบบ: {dates})",
    },
    "timeline.no_figures": {
        "en": "the official series\nstarts in {year}",
        "th": "อนุกรมทางการ\nเริ่มปี {year}",
    },
    "timeline.axis": {
        "en": "turnover, current US$\n(log scale)",
        "th": "มูลค่าการค้ารวม (ดอลลาร์สหรัฐ)\nสเกลลอการิทึม",
    },
    "timeline.note": {
        "en": "Sources: events from the Thai article, placed at their first date as written "
        "(each event's line and every date: the workbook's events sheet); events before "
        "1950 at the left edge. Trade: {sources}, the partner's view.",
        "th": "ที่มา: เหตุการณ์จากบทความภาษาไทย วางตามวันที่แรกที่เขียนไว้ "
        "(บรรทัดและวันที่ทั้งหมดของแต่ละเหตุการณ์: ชีต events ในสมุดงาน) ; "
        "เหตุการณ์ก่อน พ.ศ. 2493 อยู่ที่ขอบซ้าย ตัวเลขการค้า: {sources} มุมมองของคู่ค้า",
    },
    "event.diplomatic_relations": {
        "en": "Diplomatic relations established",
        "th": "สถาปนาความสัมพันธ์ทางการทูต",
    },
    "event.russo_japanese_war": {"en": "Russo-Japanese War", "th": "สงครามรัสเซีย–ญี่ปุ่น"},
    "event.russo_japanese_war_start": {
        "en": "Russo-Japanese War begins",
        "th": "สงครามรัสเซีย–ญี่ปุ่นเริ่มต้น",
    },
    "event.portsmouth_treaty": {"en": "Treaty of Portsmouth", "th": "สนธิสัญญาพอร์ตสมัท"},
    "event.joint_declaration": {
        "en": "Soviet–Japanese Joint Declaration",
        "th": "ปฏิญญาร่วมโซเวียต–ญี่ปุ่น",
    },
    "event.first_trade_agreement": {
        "en": "First Soviet–Japanese trade agreement",
        "th": "ความตกลงทางการค้าโซเวียต–ญี่ปุ่นฉบับแรก",
    },
    "event.five_year_agreements": {
        "en": "Five-year trade agreements begin",
        "th": "เริ่มความตกลงทางการค้าระยะห้าปี",
    },
    "event.siberia_cooperation": {
        "en": "Cooperation on Siberian and Far Eastern resources begins",
        "th": "เริ่มความร่วมมือด้านทรัพยากรไซบีเรียและตะวันออกไกล",
    },
    "event.recognition_of_russia": {
        "en": "Japan recognises Russia as successor of the USSR",
        "th": "ญี่ปุ่นรับรองรัสเซียเป็นผู้สืบสิทธิ์สหภาพโซเวียต",
    },
    "event.tokyo_declaration": {"en": "Tokyo Declaration", "th": "ปฏิญญาโตเกียว"},
    "event.krasnoyarsk_summit": {
        "en": "Krasnoyarsk summit",
        "th": "การประชุมสุดยอดที่ครัสโนยาสค์",
    },
    "event.kawana_summit": {"en": "Kawana summit", "th": "การประชุมสุดยอดที่คาวานะ"},
    "event.putin_visit": {
        "en": "Putin's official visit to Japan",
        "th": "ปูตินเยือนญี่ปุ่นอย่างเป็นทางการ",
    },
    "event.irkutsk_statement": {"en": "Irkutsk Statement", "th": "แถลงการณ์อีร์คุตสค์"},
    "event.sakhalin_oil_to_japan": {
        "en": "Sakhalin oil supplies to Japan begin",
        "th": "เริ่มส่งน้ำมันจากซาคาลินไปญี่ปุ่น",
    },
    "event.sakhalin_lng_plant": {
        "en": "Sakhalin LNG plant starts operating",
        "th": "โรงงาน LNG ซาคาลินเริ่มดำเนินการ",
    },
}

# Commodity categories: the Thai as the article writes them (rjtrade/categories.py MAPPINGS),
# with a space where a label may break; categories the article does not name, translated.
CATEGORY_THAI = {
    "oil and petroleum products": "น้ำมันและ ผลิตภัณฑ์ปิโตรเลียม",
    "aluminium": "อลูมิเนียม",
    "fertilisers and minerals": "ปุ๋ยเคมี และแร่ธาตุ",
    "coal": "ถ่านหิน",
    "fish and seafood": "ปลาและ อาหารทะเล",
    "timber": "ไม้ซุง",
    "iron and steel": "เหล็กและเหล็กกล้า",
    "vehicles and ships": "ยานพาหนะ: รถยนต์ รถบรรทุก รถประจำทาง รถจักรยานยนต์ เรือ",
    "machinery": "ผลิตภัณฑ์ วิศวกรรม เครื่องกล",
    "household electrical and communication equipment": "เครื่องใช้ไฟฟ้าในครัวเรือน และการสื่อสาร",
    "car parts and tyres": "อะไหล่รถยนต์ รวมทั้งยางรถยนต์",
    OTHER: "อื่น ๆ (ไม่ระบุ)",
}
for _name in (*CATEGORIES, OTHER):
    CHART_WORDS[f"category.{_name}"] = {"en": _name, "th": CATEGORY_THAI[_name]}

# --- the workbook: README sheet, sheet descriptions, column headers ------------------------

README_THAI = {
    "readme.about": "ตัวเลขการค้ารัสเซีย(สหภาพโซเวียต)–ญี่ปุ่นและญี่ปุ่น–จีน "
    "จากบทความภาษาไทยและแหล่งข้อมูลที่เผยแพร่อื่น ๆ",
    "readme.built": "วันที่สร้างข้อมูล",
    "readme.selection_rule.label": "กฎการเลือกตัวเลข",
    "readme.selection_rule": "สำหรับแต่ละปี ทิศทางการค้า และช่วงเวลา: "
    "(1) ตัวเลขที่เขียนปีไว้ก่อนตัวเลขที่ได้ปีจากบริบท (2) บทความก่อนแหล่งอื่น "
    "(3) ตัวเลขของฝ่ายเศรษฐกิจนั้นเองก่อนตัวเลขสะท้อน (mirror) จากฝ่ายคู่ค้า "
    "(4) ตัวเลขที่เศรษฐกิจนั้นรายงานเองก่อนตัวเลขของบุคคลที่สามหรือที่ไม่ระบุผู้รายงาน "
    "(5) ตัวเลขที่ระบุไว้ก่อนตัวเลขที่คำนวณได้ (6) ค่าที่แน่นอนก่อน 'ประมาณ' ก่อนขอบเปิด "
    "(7) ช่วงที่แคบกว่า มูลค่าการค้ารวมที่ขาดไปเมื่อรู้ทั้งส่งออกและนำเข้าจากแหล่งเดียวกัน "
    "คำนวณจากผลรวมของทั้งสอง",
    "readme.measure": "measure: {name}",
    "readme.year_basis": "year_basis: {name}",
    "readme.sheet": "ชีต {name}",
    "glossary.money.label": "เงิน",
    "glossary.money": "ดอลลาร์สหรัฐ ราคาประจำปี เว้นแต่คอลัมน์ currency ระบุเป็นอย่างอื่น "
    "(SUR = รูเบิลโซเวียต) หรือแปลงค่าแล้ว (ราคาคงที่: rj.constant_dollars หรือ "
    "`rjtrade series --real` ระบุดัชนีและปีฐานทุกแถว) ค่าเป็นหน่วย ไม่ใช่ล้าน",
    "glossary.rates and prices.label": "อัตราแลกเปลี่ยนและดัชนีราคา",
    "glossary.rates and prices": "เงินเยนแปลงด้วยอัตราของแต่ละปี ระบุแหล่งในคอลัมน์ rate_source: "
    "ค่าเฉลี่ยอัตรารายวันของ IMF ปี 2544–2562 (ค.ศ. 2001–2019) ; ธนาคารโลก WDI PA.NUS.FCRF "
    "(IMF IFS) ปีอื่นถึง 2567 (ค.ศ. 2024) ; ธนาคารกลางสหรัฐ H.10 (FRED AEXJPUS) ปี 2568 "
    "(ค.ศ. 2025) ; ส่วนต่างระหว่างแหล่งอัตราอยู่ในช่วงค่า ราคาคงที่: BLS CPI-U (CUUR0000SA0) "
    "หรือ BEA GDP deflator (GDPDEF) ; รายงานของรัสเซียเอง: IMF Direction of Trade Statistics "
    "(การส่งออก 2562–2563) และ UN Comtrade (หมวด HS 2562–2563) ; การอ้างอิง: "
    "data/raw/official/README.md",
    "glossary.flag.label": "ข้อสังเกต (flag)",
    "glossary.flag": "แถวทางการ: ตัวเลขผิดปกติตามเกณฑ์ที่ระบุ (บันทึกที่เคลื่อนต่างจากปีข้างเคียง"
    "ในแบบที่บันทึกของอีกฝ่ายไม่เป็น ; ยอดรวมที่ห่างจากมัธยฐานเจ็ดปี หรือสะดุดสวนทางการค้ากับญี่ปุ่น) "
    "เหตุผลอยู่ในคอลัมน์ flag_reason",
    "glossary.status.label": "สถานะ (status)",
    "glossary.status": "stated = ตามที่แหล่งเขียนไว้ ; derived = คำนวณจากตัวเลขที่ระบุไว้ "
    "(ดู derived_from และ method) ; interpolated = ประมาณค่าระหว่างปีที่รู้ค่า ; "
    "missing = ไม่มีตัวเลข",
    "glossary.low, high.label": "low, high (ขอบล่าง, ขอบบน)",
    "glossary.low, high": "ช่วงที่ตัวเลขยอมรับได้: ครึ่งหน่วยของหลักสุดท้ายที่เขียนไว้ "
    "ขยายออกเมื่อมีคำว่า 'มากกว่า' 'เกือบ' 'ประมาณ'",
    "glossary.reported_by.label": "ผู้รายงาน (reported_by)",
    "glossary.reported_by": "สถิติของใคร: SUN/RUS = ฝ่ายโซเวียตหรือรัสเซีย, JPN = ฝ่ายญี่ปุ่น ; "
    "ไม่นำตัวเลขสะท้อน (mirror) มารวมกันเลย",
    "glossary.USSR and Russia.label": "สหภาพโซเวียตกับรัสเซีย",
    "glossary.USSR and Russia": "สหภาพโซเวียต (SUN) และรัสเซีย (RUS) เป็นคนละเศรษฐกิจ ; "
    "annual_series นำมาต่อกันเฉพาะคู่ RUS-JPN และระบุไว้เสมอ",
    "glossary.partial years.label": "ปีไม่เต็มปี",
    "glossary.partial years": "แถวที่ period เป็น jan-sep หรือ jan-jun คือตัวเลขไม่เต็มปี ไม่ใช่ยอดรวมทั้งปี",
    "measure.value": "มูลค่าเป็นเงินของการค้าในทิศทางนั้น",
    "measure.quantity": "ปริมาณทางกายภาพ (ดูคอลัมน์ unit)",
    "measure.growth": "ร้อยละการเปลี่ยนแปลงเทียบกับปีฐาน (ช่วงเวลาเดียวกัน)",
    "measure.avg_annual_growth": "ร้อยละการเปลี่ยนแปลงเฉลี่ยต่อปีตลอดช่วงเวลา",
    "measure.multiple": "อัตราส่วนของการค้านี้ต่อฐาน (base_year, base_partner หรือ base_flow)",
    "measure.share_of_total": "ร้อยละสัดส่วนของคู่ค้าในการค้ารวมของเศรษฐกิจนั้น",
    "measure.commodity_share": "ร้อยละสัดส่วนของสินค้าในการค้าทิศทางนั้น",
    "measure.rank": "อันดับของคู่ค้าในบรรดาคู่ค้าของเศรษฐกิจนั้น",
    "year_basis.written": "แหล่งเขียนปีไว้",
    "year_basis.context": "ไม่ได้เขียนปีไว้ข้างตัวเลข ได้ปีจากข้อความโดยรอบ",
    "year_basis.none": "ไม่ระบุปี",
    "table.observations": "ตัวเลขทุกตัวจากทุกแหล่ง แถวละหนึ่งตัว พร้อมแหล่ง ตำแหน่ง และข้อความตามที่เขียนไว้",
    "table.annual_series": "หนึ่งแถวต่อคู่ประเทศ ปี และทิศทางการค้า ; alternatives แสดงตัวเลขที่ไม่ได้เลือก",
    "table.mirror_gaps": "ตัวเลขของฝ่ายโซเวียต/รัสเซียคู่กับตัวเลขสะท้อนของญี่ปุ่น ในปีและทิศทางเดียวกัน พร้อมส่วนต่าง",
    "table.commodity_shares": "โครงสร้างสินค้าแยกตามแหล่ง พร้อมส่วนที่เหลือที่คำนวณได้ "
    "('other') และมูลค่าโดยประมาณ",
    "table.audit": "การตรวจข้อความหนึ่งกับอีกข้อความหนึ่งทุกคู่: ผล consistent (สอดคล้อง), "
    "inconsistent (ขัดกัน) หรือ unverifiable (ตรวจสอบไม่ได้)",
    "table.sources": "ทะเบียนแหล่งข้อมูล: ผู้เผยแพร่ ชื่อเรื่อง ที่อยู่ ภาษา สถิติของใคร",
    "table.events": "เหตุการณ์ที่ระบุวันที่ในลำดับเวลาของบทความ ; flag two_dates เมื่อบทความให้วันที่ไว้สองแบบ",
    "table.official_series": "อนุกรมทางการ พ.ศ. 2503–2568 (ค.ศ. 1960–2025: COW ถึง 2014 "
    "ศุลกากรญี่ปุ่นตั้งแต่ 2009 ญี่ปุ่น–จีนรายเดือนตั้งแต่ 2001) "
    "ญี่ปุ่น–สหภาพโซเวียต/รัสเซีย และญี่ปุ่น–จีน ทุกปีและทุกทิศทาง แยกตามมุมมอง "
    "(JPN = สถิติของญี่ปุ่น, partner = ของคู่ค้า, best = แต่ละทิศทางตามที่ผู้นำเข้าบันทึก) "
    "พร้อมระบุว่าแต่ละค่าเป็นสถิติของใคร",
    "table.official_mirror_gaps": "การนำเข้าของฝ่ายหนึ่งคู่กับการส่งออกของอีกฝ่าย ปีต่อปี "
    "จากไฟล์ทางการ พร้อมส่วนต่าง",
    "table.trade_shares": "สัดส่วนของรัสเซีย (จีน) ในการค้าของญี่ปุ่น "
    "และสัดส่วนของญี่ปุ่นในการค้าของประเทศนั้น รายปี จากยอดรวมรายประเทศของ COW "
    "และยอดรวม (Grand Total) ของศุลกากรญี่ปุ่น",
    "table.customs_structure": "การค้าของญี่ปุ่นกับรัสเซียตามสถิติศุลกากรญี่ปุ่น "
    "แยกตามกลุ่มสินค้า พ.ศ. 2552–2568 (ค.ศ. 2009–2025) เป็นเยนและดอลลาร์สหรัฐ "
    "พร้อมสัดส่วนของแต่ละกลุ่ม ; กลุ่มที่รวมกลุ่มอื่นไว้ไม่ถูกนับซ้ำ",
    "table.claims_vs_official": "ข้อความทุกข้อของบทความตรวจกับอนุกรมทางการ "
    "หนึ่งแถวต่อข้อความและผู้รายงาน พร้อมตัวเลขที่เทียบ แหล่ง และส่วนต่าง",
    "table.structure_match": "สัดส่วนสินค้าที่บทความระบุโดยไม่บอกปี "
    "เทียบกับโครงสร้างตามศุลกากรญี่ปุ่นของแต่ละปีจนถึงปีล่าสุดที่มีตัวเลขระบุปี: "
    "ระยะห่างเป็นจุดร้อยละ ปีที่ใกล้ที่สุดกำกับว่า best",
    "table.structure": "สัดส่วนสินค้าปฐมภูมิและสินค้าอุตสาหกรรมในการส่งออกของรัสเซียไปญี่ปุ่น"
    "และการนำเข้าจากญี่ปุ่น แยกตามแหล่งและช่วงเวลา เป็นช่วง",
    "workbook.split": "ในสมุดงานนี้แยกเป็นชีตละหนึ่งมุมมองและหนึ่งคู่ค้า (ชีต official_...) "
    "ไฟล์ official_series.csv มีทุกแถวรวมกัน",
    "workbook.official.RUS": "ญี่ปุ่น–สหภาพโซเวียต (ถึง ค.ศ. 1991) และรัสเซีย (ตั้งแต่ ค.ศ. 1992) "
    "ต่ออนุกรมอย่างชัดแจ้ง",
    "workbook.official.CHN": "ญี่ปุ่น–จีน",
    "workbook.view.best": "มุมมอง best: แต่ละทิศทางตามที่ผู้นำเข้าบันทึก",
    "workbook.view.JPN": "มุมมอง JPN: สถิติของญี่ปุ่น",
    "workbook.view.partner": "มุมมอง partner: สถิติของคู่ค้า",
    "workbook.mirror": "มีแถวเดียว: ปี ค.ศ. 1998 เป็นปีเดียวที่แหล่งที่เผยแพร่ให้ทั้งตัวเลขของรัสเซีย"
    "และตัวเลขของญี่ปุ่นสำหรับปีและทิศทางเดียวกัน ; ส่วนต่างรายปีจากไฟล์ทางการอยู่ในชีต "
    "official_mirror_gaps",
}
README_ENGLISH = {
    "readme.about": ABOUT,
    "workbook.split": "shown in this workbook as one sheet per view and partner (the official_..."
    " sheets); official_series.csv holds every row together",
    "workbook.official.RUS": "Japan–USSR (to 1991) and Russia (from 1992), joined explicitly",
    "workbook.official.CHN": "Japan–China",
    "workbook.view.best": "view best: each flow as its importer recorded it",
    "workbook.view.JPN": "view JPN: Japan's statistics",
    "workbook.view.partner": "view partner: the partner's statistics",
    "workbook.mirror": "one row: 1998 is the only year for which the published sources give both"
    " Russia's and Japan's figure for the same year and flow; the official files' gaps, year"
    " by year, are on the official_mirror_gaps sheet",
    "readme.built": "data built",
    "readme.selection_rule.label": "selection rule",
    "readme.measure": "measure: {name}",
    "readme.year_basis": "year_basis: {name}",
    "readme.sheet": "sheet {name}",
    **{f"glossary.{k}.label": k for k in GLOSSARY},
    **{f"glossary.{k}": v for k, v in GLOSSARY.items()},
    **{f"measure.{k}": v for k, v in MEASURES.items()},
    **{f"year_basis.{k}": v for k, v in YEAR_BASES.items()},
    **{f"table.{k}": v for k, v in TABLES.items()},
}

# Column headers of the output tables: the English is the column's name; the Thai a header.
COLUMN_THAI = {
    "obs_id": "รหัสตัวเลข",
    "source_id": "รหัสแหล่ง",
    "locator": "ตำแหน่งในแหล่ง",
    "as_written": "ข้อความตามที่เขียน",
    "period_as_written": "ช่วงเวลาตามที่เขียน",
    "year_basis": "ที่มาของปี",
    "economy": "เศรษฐกิจ",
    "partner": "คู่ค้า",
    "flow": "ทิศทางการค้า",
    "measure": "ชนิดตัวเลข",
    "commodity": "สินค้า",
    "year": "ปี (ค.ศ.)",
    "period": "ช่วงเวลา",
    "base_year": "ปีฐาน",
    "base_year_to": "ปีฐาน (ถึง)",
    "base_partner": "คู่ค้าฐาน",
    "base_flow": "ทิศทางฐาน",
    "value": "ค่า",
    "unit": "หน่วย",
    "currency": "สกุลเงิน",
    "bound": "ชนิดขอบ",
    "low": "ขอบล่าง",
    "high": "ขอบบน",
    "status": "สถานะ",
    "derived_from": "คำนวณจาก",
    "method": "วิธีคำนวณ",
    "reported_by": "ผู้รายงาน",
    "claim": "ข้อความอ้าง",
    "note": "หมายเหตุ",
    "economy_pair": "คู่เศรษฐกิจ",
    "joined": "ต่ออนุกรม",
    "value_usd": "มูลค่า (ดอลลาร์สหรัฐ)",
    "obs_ids": "รหัสตัวเลขที่ใช้",
    "alternatives": "ตัวเลขอื่นที่ไม่ได้เลือก",
    "own_obs": "ตัวเลขของฝ่ายตนเอง",
    "own_reported_by": "ผู้รายงานฝ่ายตนเอง",
    "own_value": "ค่าของฝ่ายตนเอง",
    "own_low": "ขอบล่างฝ่ายตนเอง",
    "own_high": "ขอบบนฝ่ายตนเอง",
    "mirror_obs": "ตัวเลขสะท้อน",
    "mirror_reported_by": "ผู้รายงานตัวเลขสะท้อน",
    "mirror_value": "ค่าสะท้อน",
    "mirror_low": "ขอบล่างค่าสะท้อน",
    "mirror_high": "ขอบบนค่าสะท้อน",
    "gap": "ส่วนต่าง",
    "gap_pct": "ส่วนต่าง (%)",
    "russia_flow": "ทิศทางการค้าของรัสเซีย",
    "category": "หมวดสินค้า",
    "category_as_written": "หมวดสินค้าตามที่เขียน",
    "mapping": "การจับคู่หมวด",
    "hs_codes": "รหัส HS",
    "class": "ประเภทสินค้า",
    "class_rule": "เกณฑ์ประเภท",
    "share_pct": "สัดส่วน (%)",
    "reference_period": "ช่วงเวลาอ้างอิง",
    "value_low": "มูลค่าขอบล่าง",
    "value_high": "มูลค่าขอบบน",
    "value_status": "สถานะของมูลค่า",
    "value_method": "วิธีคำนวณมูลค่า",
    "total_obs_id": "รหัสตัวเลขยอดรวม",
    "check": "การตรวจ",
    "implied_low": "ขอบล่างที่บ่งชี้",
    "implied_high": "ขอบบนที่บ่งชี้",
    "stated_low": "ขอบล่างที่ระบุ",
    "stated_high": "ขอบบนที่ระบุ",
    "verdict": "ผลการตรวจ",
    "detail": "รายละเอียด",
    "publisher": "ผู้เผยแพร่",
    "title": "ชื่อเรื่อง",
    "url": "ที่อยู่เว็บ",
    "language": "ภาษา",
    "reporter": "ผู้รายงาน",
    "whose_statistics": "สถิติของใคร",
    "event_id": "รหัสเหตุการณ์",
    "event": "เหตุการณ์",
    "date_as_written": "วันที่ตามที่เขียน",
    "date_iso": "วันที่ (ISO, ค.ศ.)",
    "flag": "ข้อสังเกต",
    "flag_reason": "เหตุที่ตั้งข้อสังเกต (ตัวเลขผิดปกติตามเกณฑ์)",
    "rate_source": "แหล่งอัตราแลกเปลี่ยน",
    "view": "มุมมอง",
    "basis": "ฐานผู้รายงาน",
    "direction": "ทิศทาง",
    "importer_figure": "ตัวเลขของผู้นำเข้า",
    "importer_reported_by": "ผู้รายงานฝ่ายนำเข้า",
    "exporter_figure": "ตัวเลขของผู้ส่งออก",
    "exporter_reported_by": "ผู้รายงานฝ่ายส่งออก",
    "gap_usd": "ส่วนต่าง (ดอลลาร์สหรัฐ)",
    "goods": "กลุ่มสินค้า",
    "parent": "กลุ่มแม่",
    "section": "หมวด",
    "level": "ระดับ",
    "value_jpy": "มูลค่า (เยน)",
    "in_partition": "อยู่ในการแบ่งกลุ่มหลัก",
    "backbone_value": "ค่าจากอนุกรมทางการ",
    "backbone_low": "ขอบล่างอนุกรมทางการ",
    "backbone_high": "ขอบบนอนุกรมทางการ",
    "backbone_source": "แหล่งของอนุกรมทางการ",
    "years_consistent": "ปีที่สอดคล้อง",
    "claim_verdict": "ผลการตรวจของข้อกล่าวอ้าง (หนึ่งผลต่อหนึ่งข้อ)",
    "claim_reason": "เหตุผลของผลการตรวจข้อกล่าวอ้าง",
    "years_inconsistent": "ปีที่ขัดกัน",
    "distance_pp": "ระยะห่าง (จุดร้อยละ)",
    "categories": "หมวดสินค้า",
    "compared": "ที่นำมาเทียบ",
    "best": "ใกล้ที่สุด",
    "primary_low": "สินค้าปฐมภูมิ ขอบล่าง (%)",
    "primary_high": "สินค้าปฐมภูมิ ขอบบน (%)",
    "manufactured_low": "สินค้าอุตสาหกรรม ขอบล่าง (%)",
    "manufactured_high": "สินค้าอุตสาหกรรม ขอบบน (%)",
    "item": "รายการ",
    "meaning": "ความหมาย",
}


def _workbook_words() -> dict[str, dict[str, str]]:
    from ..analyses.series import SELECTION_RULE  # loads pandas: only when the table is built

    english = README_ENGLISH | {"readme.selection_rule": SELECTION_RULE}
    rows = {key: {"en": text, "th": README_THAI.get(key, "")} for key, text in english.items()}
    rows |= {f"column.{name}": {"en": name, "th": thai} for name, thai in COLUMN_THAI.items()}
    return rows


_TABLE: dict[str, dict[str, str]] = {}


# The record's charts (1960-2025; what Japan buys from Russia; Russia's own chapters).
RECORD_CHART_WORDS: dict[str, dict[str, str]] = {
    "record.growth.title": {
        "en": "Japan–USSR/Russia trade, {years}: current and constant {base} US$",
        "th": "การค้าญี่ปุ่น–สหภาพโซเวียต/รัสเซีย {years}: ดอลลาร์สหรัฐปีปัจจุบันและราคาคงที่ปี {base}",
    },
    "record.growth.axis": {
        "en": "Exports + imports, US$ (log scale)",
        "th": "ส่งออก + นำเข้า (ดอลลาร์สหรัฐ, สเกลลอการิทึม)",
    },
    "record.growth.current": {"en": "current US$", "th": "ดอลลาร์สหรัฐปีปัจจุบัน"},
    "record.growth.real": {
        "en": "constant {base} US$ (US CPI-U)",
        "th": "ดอลลาร์สหรัฐราคาคงที่ปี {base} (ดัชนีราคาผู้บริโภคสหรัฐ CPI-U)",
    },
    "record.growth.sanctions": {"en": "{year}: sanctions", "th": "{year}: มาตรการคว่ำบาตร"},
    "record.growth.sanctions_lines": {"en": "{year}:\nsanctions", "th": "{year}:\nมาตรการคว่ำบาตร"},
    "record.growth.switch": {"en": "COW | Japan's customs", "th": "COW | ศุลกากรญี่ปุ่น"},
    "record.growth.ussr": {"en": "USSR", "th": "สหภาพโซเวียต"},
    "record.growth.russia": {"en": "Russia", "th": "รัสเซีย"},
    "record.growth.note": {
        "en": "Source: Correlates of War Trade v4.0, each flow as its importer recorded it, to"
        " {last_cow}; Japan's customs (Ministry of Finance), yen converted at each year's rate"
        " (IMF daily rates' mean to 2019, World Bank WDI 2020–2024, Federal Reserve H.10 2025),"
        " from {next}. Constant dollars: US CPI-U (BLS), annual mean of months, {base} = base"
        " year. USSR to 1991, Russia from 1992. Flagged: {flags}.",
        "th": "ที่มา: Correlates of War (COW) Trade v4.0 แต่ละกระแสตามบันทึกของฝ่ายผู้นำเข้า"
        " ถึงปี {last_cow} ; สถิติศุลกากรญี่ปุ่น (กระทรวงการคลัง) แปลงเงินเยนด้วยอัตราแลกเปลี่ยน"
        "ของแต่ละปี (ค่าเฉลี่ยรายวันของ IMF ถึงปี 2562, ธนาคารโลก WDI ปี 2563–2567, ธนาคารกลาง"
        "สหรัฐ H.10 ปี 2568) ตั้งแต่ปี {next} ; ราคาคงที่: ดัชนีราคาผู้บริโภคสหรัฐ CPI-U (BLS)"
        " เฉลี่ยรายเดือน ปีฐาน {base} ; สหภาพโซเวียต (USSR) ถึงปี 2534 รัสเซีย (RUS) ตั้งแต่ปี 2535 ;"
        " ตัวเลขที่ตั้งข้อสังเกต: {flags}",
    },
    "record.goods.title": {
        "en": "What Japan buys from Russia, {years} (Japan's customs)",
        "th": "ญี่ปุ่นซื้ออะไรจากรัสเซีย {years} (สถิติศุลกากรญี่ปุ่น)",
    },
    "record.goods.axis": {
        "en": "Japan's imports from Russia, US$ at each year's rate",
        "th": "การนำเข้าของญี่ปุ่นจากรัสเซีย (ดอลลาร์สหรัฐ ตามอัตราของแต่ละปี)",
    },
    "record.goods.note": {
        "en": "Source: Japan's customs statistics (Ministry of Finance, Trade Statistics of"
        " Japan), imports CIF, billion yen, converted at each year's rate (IMF daily rates'"
        " mean to 2019, World Bank WDI 2020–2024, Federal Reserve H.10 2025). Groups do not"
        " overlap: crude and refined petroleum, LNG and coal are parts of mineral fuels;"
        " aluminium is among non-ferrous metals; other goods = the rest of the total.",
        "th": "ที่มา: สถิติการค้าของญี่ปุ่น (กระทรวงการคลังญี่ปุ่น) การนำเข้าแบบ CIF หน่วยพันล้านเยน"
        " แปลงด้วยอัตราแลกเปลี่ยนของแต่ละปี (ค่าเฉลี่ยรายวันของ IMF ถึงปี 2562, ธนาคารโลก WDI"
        " ปี 2563–2567, ธนาคารกลางสหรัฐ H.10 ปี 2568) ; กลุ่มสินค้าไม่ซ้อนกัน: น้ำมันดิบ"
        " ผลิตภัณฑ์น้ำมัน LNG และถ่านหินเป็นส่วนหนึ่งของเชื้อเพลิงแร่ ; อะลูมิเนียมอยู่ในโลหะนอกกลุ่มเหล็ก ;"
        " สินค้าอื่น = ส่วนที่เหลือของยอดรวม",
    },
    "record.chapters.title": {
        "en": "What Russia says it sells to Japan and what Japan records buying, {years}",
        "th": "สิ่งที่รัสเซียรายงานว่าขายให้ญี่ปุ่น เทียบกับที่ญี่ปุ่นบันทึกว่าซื้อ {years}",
    },
    "record.chapters.axis": {"en": "US$", "th": "ดอลลาร์สหรัฐ"},
    "record.chapters.russia": {
        "en": "Russia's report of its exports (UN Comtrade, HS chapters)",
        "th": "รายงานการส่งออกของรัสเซียเอง (UN Comtrade หมวด HS)",
    },
    "record.chapters.japan": {
        "en": "Japan's record of its imports (customs group)",
        "th": "บันทึกการนำเข้าของญี่ปุ่น (กลุ่มสินค้าศุลกากร)",
    },
    "record.chapters.panel": {
        "en": "{year}: all goods, Russia {russia}, Japan {japan}",
        "th": "{year}: สินค้าทั้งหมด รัสเซีย {russia} ญี่ปุ่น {japan}",
    },
    "record.chapters.note": {
        "en": "Source: United Nations, UN Comtrade (Russia's own report, exports by HS 2017"
        " chapter, FOB); Japan's customs statistics (Ministry of Finance), imports CIF, yen at"
        " each year's rate (IMF 2019, World Bank WDI 2020). Chapters are read against the"
        " nearest customs group (27 mineral fuels; 71, 74-81 non-ferrous metals; 03 fish; 44"
        " wood; 72-73 iron and steel; 29 organic chemicals; 10-11 cereals): approximate.",
        "th": "ที่มา: สหประชาชาติ UN Comtrade (รายงานของรัสเซียเอง การส่งออกตามหมวด HS 2017"
        " แบบ FOB) ; สถิติศุลกากรญี่ปุ่น (กระทรวงการคลัง) การนำเข้าแบบ CIF เงินเยนแปลงตามอัตรา"
        "ของแต่ละปี (IMF ปี 2562, ธนาคารโลก WDI ปี 2563) ; เทียบหมวด HS กับกลุ่มสินค้าศุลกากร"
        "ที่ใกล้ที่สุด (27 เชื้อเพลิงแร่ ; 71, 74–81 โลหะนอกกลุ่มเหล็ก ; 03 ปลา ; 44 ไม้ ;"
        " 72–73 เหล็กและเหล็กกล้า ; 29 เคมีอินทรีย์ ; 10–11 ธัญพืช): โดยประมาณ",
    },
    # Japan's customs groups, as the customs file names them
    "goods.Petroleum": {"en": "crude petroleum", "th": "น้ำมันดิบ"},
    "goods.Petroleum Products": {"en": "petroleum products", "th": "ผลิตภัณฑ์น้ำมัน"},
    "goods.Lng": {"en": "LNG", "th": "ก๊าซธรรมชาติเหลว (LNG)"},
    "goods.Coal": {"en": "coal", "th": "ถ่านหิน"},
    "goods.Fish And Fish Preparation": {"en": "fish", "th": "ปลาและผลิตภัณฑ์ปลา"},
    "goods.Nonferrous Metals": {"en": "non-ferrous metals", "th": "โลหะนอกกลุ่มเหล็ก"},
    "goods.Wood": {"en": "wood", "th": "ไม้"},
    "goods.other goods": {"en": "other goods", "th": "สินค้าอื่น"},
    "goods.Mineral Fuels": {"en": "mineral fuels", "th": "เชื้อเพลิงแร่"},
    "goods.Iron And Steel Products": {"en": "iron and steel", "th": "เหล็กและเหล็กกล้า"},
    "goods.Organic Chemicals": {"en": "organic chemicals", "th": "เคมีอินทรีย์"},
    "goods.Cereals, Cereal Preparation": {"en": "cereals", "th": "ธัญพืช"},
}


def table() -> dict[str, dict[str, str]]:
    """The whole table: {key: {language: text}}, the charts' and the workbook's words."""
    if not _TABLE:
        _TABLE.update(CHART_WORDS)
        _TABLE.update(RECORD_CHART_WORDS)
        _TABLE.update(_workbook_words())
    return _TABLE


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}, not {lang!r}")


def words(lang: str) -> dict[str, str]:
    """Every text of one language, by key (templates unfilled)."""
    _check_lang(lang)
    return {key: row[lang] for key, row in table().items()}


def has(key: str) -> bool:
    return key in table()


def say(key: str, lang: str, **values) -> str:
    """The text of `key` in `lang`, its {names} filled from `values`."""
    _check_lang(lang)
    return table()[key][lang].format(**values)


def say_or(key: str, lang: str, written: str) -> str:
    """The text of `key` in `lang`, or `written` (the text as its source wrote it) where the
    table has no entry in that language: a user's own event or source needs no translation."""
    _check_lang(lang)
    return table().get(key, {}).get(lang) or written


def readme_rows(built: dt.date, lang: str = "en") -> list[tuple[str, str]]:
    """The workbook's README sheet, in English or Thai: what the data are, the words used,
    every sheet and (in Thai) what every column holds."""
    rows = [
        ("rjtrade", say("readme.about", lang)),
        (say("readme.built", lang), built.isoformat()),
        *[(say(f"glossary.{k}.label", lang), say(f"glossary.{k}", lang)) for k in GLOSSARY],
        (say("readme.selection_rule.label", lang), say("readme.selection_rule", lang)),
    ]
    rows += [(say("readme.measure", lang, name=k), say(f"measure.{k}", lang)) for k in MEASURES]
    rows += [
        (say("readme.year_basis", lang, name=k), say(f"year_basis.{k}", lang)) for k in YEAR_BASES
    ]
    rows += [(say("readme.sheet", lang, name=name), say(f"table.{name}", lang)) for name in TABLES]
    if lang != "en":  # English column names explain themselves; other languages say them
        rows += [(column, say(f"column.{column}", lang)) for column in COLUMN_THAI]
    return rows


# --- numbers, years and dates in each language -------------------------------------------


def be(year: int) -> int:
    """The Buddhist-era year of a CE year."""
    return int(year) + BUDDHIST_ERA_OFFSET


def year(value: int, lang: str, key: str = "year") -> str:
    """A year as the language writes it in running text ("1960" / "2503"); key "year.title"
    adds the CE year beside the Buddhist-era one, "year.tick" on a second line."""
    return say(key, lang, ce=int(value), be=be(value))


def years(first: int, last: int, lang: str, key: str = "years") -> str:
    """'1960–2014' / '2503–2557'; key "years.title": 'พ.ศ. 2503–2557 (ค.ศ. 1960–2014)'."""
    return say(key, lang, first=int(first), last=int(last), first_be=be(first), last_be=be(last))


def year_runs(values, lang: str) -> str:
    """[1992, 1993, 1994, 2000] -> '1992–1994, 2000' (each year in the language's era)."""
    runs: list[list[int]] = []
    for value in sorted(values):
        if runs and value == runs[-1][-1] + 1:
            runs[-1].append(value)
        else:
            runs.append([value])
    parts = [years(r[0], r[-1], lang) if len(r) > 1 else year(r[0], lang) for r in runs]
    return ", ".join(parts) if parts else say("years.none", lang)


def in_era(text: str, lang: str) -> str:
    """Every four-digit CE year in a text written in the language's era: '1996' -> '2539'."""
    return re.sub(r"\b(1[89]\d\d|20\d\d)\b", lambda m: year(int(m.group(1)), lang), text)


def date(iso: str, lang: str) -> str:
    """An ISO date, month or year ('1904-01-27', '1993-10', '1966'), or a range of them
    ('1993-11-11/1993-11-13'), as the language writes it: '27 ม.ค. 2447'."""
    if "/" in iso:
        first, last = iso.split("/")
        return say("date.range", lang, first=date(first, lang), last=date(last, lang))
    parts = [int(p) for p in iso.split("-")]
    values = {"iso": iso, "be": be(parts[0])}
    if len(parts) > 1:
        values["month"] = say(f"month.{parts[1]}", lang)
    if len(parts) > 2:
        values["day"] = parts[2]
    return say(("date.year", "date.month", "date.day")[len(parts) - 1], lang, **values)


def signed(value: float, decimals: int = 1) -> str:
    """A signed number with a true minus sign: +12.7, \u221220.1."""
    return f"{value:+.{decimals}f}".replace("-", MINUS)


def percent(value: float | str, lang: str) -> str:
    """'12.7 %' / '12.7%': `value` a number (written with :g) or text already written."""
    return say("percent", lang, value=value if isinstance(value, str) else f"{value:g}")


def _fewest_digits(value: float) -> int:
    """The fewest significant digits that write `value` exactly (a round tick value)."""
    for significant in range(1, 6):
        if float(written_precision(value, significant)[0]) == value:
            return significant
    return 3


def thai_amount(value: float, **options) -> str:
    """An amount in US$ in Thai multiplier words, to the fewest digits that write it exactly
    (at most 3, unless `significant` is given): '1 หมื่นล้านดอลลาร์', '150 ล้านดอลลาร์'."""
    options.setdefault("significant", min(_fewest_digits(value), 3))
    return format_amount(value, "th", **options)


def money_tick(value, lang: str) -> str:
    """A tick label in US$: '0', '150 mn', '12 bn' / '0', '150 ล้าน', '1.2 หมื่นล้าน' (Thai
    multiplier words without the currency, which the axis label states)."""
    if value == 0:
        return say("money.zero", lang)
    if lang == "th":
        return thai_amount(value).removesuffix("ดอลลาร์").strip()
    if value >= 1e9:
        return say("money.bn", lang, value=f"{value / 1e9:g}")
    return say("money.mn", lang, value=f"{value / 1e6:g}")


def claim_amount(claim: dict, lang: str, key: str = "money.usd_bn") -> str:
    """A level claim in words: 'more than US$30 bn' in English; in Thai the article's own
    words, quoted, when it states them ('เกินกว่า 3 หมื่นล้านดอลลาร์'), else multiplier words."""
    if lang == "th" and claim.get("as_written"):
        return say("quoted", lang, text=claim["as_written"])
    if lang == "th":
        text = thai_amount(claim["value_usd"])
    else:
        text = say(key, lang, value=f"{claim['value_usd'] / 1e9:g}")
    bound = {"at_least": "more_than", "at_most": "less_than"}.get(claim.get("bound", ""))
    return say(bound, lang, amount=text) if bound else text


def source_names(cited: list[dict], lang: str) -> str:
    """The sources of a chart, each named once, in order: a translated name where the table
    has one (the article, the official files), else the publisher as registered."""
    names = [
        say(f"source.{c['id']}", lang) if has(f"source.{c['id']}") else c["name"] for c in cited
    ]
    return say("names.join", lang).join(dict.fromkeys(names))


def basis_words(basis: str, lang: str) -> str:
    """'export:RUS+import:JPN' -> "Russia's + Japan's figures" / "ตัวเลขของรัสเซีย + ญี่ปุ่น";
    one reporter -> its statistics."""

    def who(code: str) -> str:
        return say(f"reporter.{code}", lang) if has(f"reporter.{code}") else code

    if not isinstance(basis, str) or not basis:
        return say("basis.none", lang)
    if basis.startswith("share ("):
        reporter, source = basis[len("share (") : -1].split("; ")
        name = say(f"source.{source}", lang) if has(f"source.{source}") else source
        return say("basis.share", lang, who=who(reporter), source=name.split(" (")[0])
    parts = [part.split(":")[-1] for part in basis.split("+")]
    if len(set(parts)) == 1:
        text = say("basis.same", lang, who=who(parts[0]))
    else:
        text = say("basis.several", lang, who=say("basis.join", lang).join(map(who, parts)))
    return spaced(text)


def spaced(text: str) -> str:
    """A space between a Thai letter and a Latin one that follows it ('ของ IMF'), as Thai
    typesetting leaves."""
    return re.sub(r"([\u0e01-\u0e4e])([A-Za-z])", r"\1 \2", text)
