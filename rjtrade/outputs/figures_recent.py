"""Drawing of the record's charts after 2014 (data from chartdata_recent), in English or Thai,
with the style, axes and footnotes of rjtrade.outputs.figures."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from . import words
from .chartdata import flag_kind
from .figures import (
    MUTED,
    billions_formatter,
    finished,
    flag_handles,
    flag_kinds,
    flag_note,
    flag_rings,
    log_limits,
    log_money_axis,
    money_formatter,
    styled,
    year_axis,
)

TEXT = {
    "growth.title": {
        "en": "Japan–USSR/Russia trade, {years}: current and constant {base} US$",
        "th": "การค้าญี่ปุ่น–สหภาพโซเวียต/รัสเซีย {years}: ดอลลาร์สหรัฐปีปัจจุบันและราคาคงที่ปี {base}",
    },
    "growth.axis": {
        "en": "Exports + imports, US$ (log scale)",
        "th": "ส่งออก + นำเข้า (ดอลลาร์สหรัฐ, สเกลลอการิทึม)",
    },
    "growth.current": {"en": "current US$", "th": "ดอลลาร์สหรัฐปีปัจจุบัน"},
    "growth.real": {
        "en": "constant {base} US$ (US CPI-U)",
        "th": "ดอลลาร์สหรัฐราคาคงที่ปี {base} (ดัชนีราคาผู้บริโภคสหรัฐ CPI-U)",
    },
    "growth.sanctions": {"en": "{year}: sanctions", "th": "{year}: มาตรการคว่ำบาตร"},
    "growth.sanctions_lines": {"en": "{year}:\nsanctions", "th": "{year}:\nมาตรการคว่ำบาตร"},
    "growth.switch": {"en": "COW | Japan's customs", "th": "COW | ศุลกากรญี่ปุ่น"},
    "growth.ussr": {"en": "USSR", "th": "สหภาพโซเวียต"},
    "growth.russia": {"en": "Russia", "th": "รัสเซีย"},
    "growth.note": {
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
    "goods.title": {
        "en": "What Japan buys from Russia, {years} (Japan's customs)",
        "th": "ญี่ปุ่นซื้ออะไรจากรัสเซีย {years} (สถิติศุลกากรญี่ปุ่น)",
    },
    "goods.axis": {
        "en": "Japan's imports from Russia, US$ at each year's rate",
        "th": "การนำเข้าของญี่ปุ่นจากรัสเซีย (ดอลลาร์สหรัฐ ตามอัตราของแต่ละปี)",
    },
    "goods.note": {
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
    "chapters.title": {
        "en": "What Russia says it sells to Japan and what Japan records buying, {years}",
        "th": "สิ่งที่รัสเซียรายงานว่าขายให้ญี่ปุ่น เทียบกับที่ญี่ปุ่นบันทึกว่าซื้อ {years}",
    },
    "chapters.axis": {"en": "US$", "th": "ดอลลาร์สหรัฐ"},
    "chapters.russia": {
        "en": "Russia's report of its exports (UN Comtrade, HS chapters)",
        "th": "รายงานการส่งออกของรัสเซียเอง (UN Comtrade หมวด HS)",
    },
    "chapters.japan": {
        "en": "Japan's record of its imports (customs group)",
        "th": "บันทึกการนำเข้าของญี่ปุ่น (กลุ่มสินค้าศุลกากร)",
    },
    "chapters.panel": {
        "en": "{year}: all goods, Russia {russia}, Japan {japan}",
        "th": "{year}: สินค้าทั้งหมด รัสเซีย {russia} ญี่ปุ่น {japan}",
    },
    "chapters.note": {
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
}
GOODS_TEXT = {
    "Petroleum": {"en": "crude petroleum", "th": "น้ำมันดิบ"},
    "Petroleum Products": {"en": "petroleum products", "th": "ผลิตภัณฑ์น้ำมัน"},
    "Lng": {"en": "LNG", "th": "ก๊าซธรรมชาติเหลว (LNG)"},
    "Coal": {"en": "coal", "th": "ถ่านหิน"},
    "Fish And Fish Preparation": {"en": "fish", "th": "ปลาและผลิตภัณฑ์ปลา"},
    "Nonferrous Metals": {"en": "non-ferrous metals", "th": "โลหะนอกกลุ่มเหล็ก"},
    "Wood": {"en": "wood", "th": "ไม้"},
    "other goods": {"en": "other goods", "th": "สินค้าอื่น"},
    "Mineral Fuels": {"en": "mineral fuels", "th": "เชื้อเพลิงแร่"},
    "Iron And Steel Products": {"en": "iron and steel", "th": "เหล็กและเหล็กกล้า"},
    "Organic Chemicals": {"en": "organic chemicals", "th": "เคมีอินทรีย์"},
    "Cereals, Cereal Preparation": {"en": "cereals", "th": "ธัญพืช"},
}
GOODS_COLOURS = {
    "Petroleum": "#5b3a29",
    "Petroleum Products": "#a0522d",
    "Lng": "#1f78b4",
    "Coal": "#333333",
    "Fish And Fish Preparation": "#33a02c",
    "Nonferrous Metals": "#b2b2b2",
    "Wood": "#d9a441",
    "other goods": "#e6e6e6",
}
CURRENT, REAL = "#1f4e79", "#c0504d"


def say(key: str, lang: str, **values) -> str:
    """A text of this module in `lang`, filled in."""
    return TEXT[key][lang].format(**values)


def goods_words(goods: str, lang: str) -> str:
    return GOODS_TEXT.get(goods, {}).get(lang, goods)


def _title_years(data: dict, lang: str) -> str:
    return words.years(data["first"], data["last"], lang, "years.title")


def growth_recent_figure(data: dict, lang: str = "en") -> Figure:
    """Turnover 1960-2025 in current and constant US$, the COW/customs switch and 2022."""
    with styled(lang):
        fig, ax = plt.subplots(figsize=(10, 6))
        labels = {"current": say("growth.current", lang)}
        labels["real"] = say("growth.real", lang, base=words.year(data["base_year"], lang))
        for kind, colour in (("current", CURRENT), ("real", REAL)):
            for number, line in enumerate(data[kind]):
                ax.plot(
                    line["years"],
                    line["values"],
                    color=colour,
                    lw=1.4,
                    label=labels[kind] if number == 0 else None,
                )
        # one ring per flagged year around both its points (current and constant dollars lie
        # close: two rings would overlap), at their geometric middle on the log axis
        flagged: dict[int, list[float]] = {}
        for kind in ("current", "real"):
            for line in data[kind]:
                for y, v, f in zip(line["years"], line["values"], line["flags"], strict=True):
                    if f:
                        flagged.setdefault(y, []).append(v)
        flag_rings(
            ax,
            [
                {"year": y, "value_usd": float(np.exp(np.mean(np.log(vs)))), "flag": True}
                for y, vs in flagged.items()
            ],
            ms=13,
        )
        values = [v for kind in ("current", "real") for line in data[kind] for v in line["values"]]
        low, high = log_limits(values, 1.8, 2.2)
        log_money_axis(ax, say("growth.axis", lang), (low, high), lang)
        ax.axvspan(data["first"] - 3, 1991.5, color="#f2f2f2", zorder=0)
        ax.text(1975, high / 1.3, say("growth.ussr", lang), ha="center", color=MUTED, fontsize=8)
        ax.text(2004, high / 1.3, say("growth.russia", lang), ha="center", color=MUTED, fontsize=8)
        switch = data["last_cow_year"] + 0.5
        ax.axvline(switch, color=MUTED, ls=":", lw=0.8)
        ax.text(switch, 0.06, say("growth.switch", lang), ha="center", fontsize=7, color=MUTED,
                transform=ax.get_xaxis_transform(), backgroundcolor="white")  # fmt: skip
        year = data["sanctions_year"]
        ax.axvline(year, color="#c51b1b", ls="--", lw=0.9)
        ax.text(  # two lines: clear of the source switch's line at any language's width
            year - 0.4,
            high / 1.9,
            say("growth.sanctions_lines", lang, year=words.year(year, lang)),
            ha="right",
            fontsize=7.5,
            color="#c51b1b",
        )
        ax.set_xlim(data["first"] - 3, data["last"] + 2)
        year_axis(ax, lang)
        kinds = flag_kinds(
            [{"flag": True, "flag_kind": flag_kind(f["reason"])} for f in data["flagged"]]
        )
        handles, labels = ax.get_legend_handles_labels()
        rings, ring_labels = flag_handles(kinds, lang)
        ax.legend(
            handles + rings,
            labels + ring_labels,
            loc="upper left",
            bbox_to_anchor=(0.0, 0.9),
            fontsize=7.5,
        )
        flags = ", ".join(words.year(f["year"], lang) for f in data["flagged"]) or "-"
        note = say(
            "growth.note",
            lang,
            last_cow=words.year(data["last_cow_year"], lang),
            next=words.year(data["last_cow_year"] + 1, lang),
            base=words.year(data["base_year"], lang),
            flags=flags,
        ) + flag_note(kinds, lang)
        title = say(
            "growth.title",
            lang,
            years=_title_years(data, lang),
            base=words.year(data["base_year"], lang),
        )
        return finished(fig, note, title, bottom=0.2, top=0.93, left=0.09, right=0.98)


def russia_goods_figure(data: dict, lang: str = "en") -> Figure:
    """Japan's imports from Russia by group, stacked by year, 2022 marked."""
    with styled(lang):
        fig, ax = plt.subplots(figsize=(10, 6))
        years = np.array(data["years"])
        bottom = np.zeros(len(years))
        for bar in data["bars"]:
            values = np.array(bar["values"])
            ax.bar(
                years,
                values,
                bottom=bottom,
                color=GOODS_COLOURS[bar["goods"]],
                edgecolor="white",
                linewidth=0.4,
                label=goods_words(bar["goods"], lang),
            )
            bottom += values
        year = data["sanctions_year"]
        top = max(data["totals"]) * 1.4
        ax.axvline(year - 0.5, color="#c51b1b", ls="--", lw=0.9, ymax=1.15 / 1.4)
        ax.text(year - 0.4, max(data["totals"]) * 1.12,
                say("growth.sanctions", lang, year=words.year(year, lang)),
                ha="left", va="top", fontsize=7.5, color="#c51b1b")  # fmt: skip
        ax.set_ylim(0, top)
        ax.yaxis.set_major_formatter(billions_formatter(lang))
        ax.set_ylabel(say("goods.axis", lang))
        ax.set_xticks(years)
        year_axis(ax, lang)
        ax.tick_params(axis="x", labelsize=7)
        handles, labels = ax.get_legend_handles_labels()
        ax.legend(handles[::-1], labels[::-1], loc="upper left", fontsize=7.5, ncols=4)
        title = say("goods.title", lang, years=_title_years(data, lang))
        return finished(
            fig, say("goods.note", lang), title, bottom=0.2, top=0.93, left=0.09, right=0.98
        )


def russia_chapters_figure(data: dict, lang: str = "en") -> Figure:
    """Russia's chapters beside Japan's customs groups, one panel per year."""
    with styled(lang):
        fig, axes = plt.subplots(1, len(data["panels"]), figsize=(10, 5.6), sharex=True)
        axes = np.atleast_1d(axes)
        for number, (ax, panel) in enumerate(zip(axes, data["panels"], strict=True)):
            y = np.arange(len(panel["groups"]))[::-1]
            ax.barh(y + 0.2, panel["russia"], height=0.38, color=REAL,
                    label=say("chapters.russia", lang))  # fmt: skip
            ax.barh(y - 0.2, panel["japan"], height=0.38, color=CURRENT,
                    label=say("chapters.japan", lang))  # fmt: skip
            ax.set_yticks(y)
            ax.set_yticklabels(
                [goods_words(g, lang) for g in panel["groups"]] if number == 0 else []
            )
            ax.set_xscale("log")
            ax.xaxis.set_major_formatter(money_formatter(lang))
            ax.set_xlabel(say("chapters.axis", lang))
            ax.set_title(
                say(
                    "chapters.panel",
                    lang,
                    year=words.year(panel["year"], lang),
                    # both totals in one unit, to compare at a glance
                    russia=words.say("money.bn", lang, value=f"{panel['russia_total'] / 1e9:.1f}"),
                    japan=words.say("money.bn", lang, value=f"{panel['japan_total'] / 1e9:.1f}"),
                ),
                loc="left",
                fontsize=8.5,
            )
        axes[-1].legend(loc="lower right", fontsize=7)
        title = say("chapters.title", lang, years=_title_years(data, lang))
        return finished(
            fig, say("chapters.note", lang), title, bottom=0.22, top=0.88, left=0.16, right=0.98,
            wspace=0.08,
        )  # fmt: skip
