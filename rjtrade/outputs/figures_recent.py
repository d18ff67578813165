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
    """A text of these charts (words.py, "record." keys) in `lang`, filled in."""
    return words.say(f"record.{key}", lang, **values)


def goods_words(goods: str, lang: str) -> str:
    """A customs group's name in `lang` (words.py, "goods." keys), else as the file writes it."""
    return words.say_or(f"goods.{goods}", lang, goods)


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
