"""Charts: each a function drawing what rjtrade/outputs/chartdata.py computed, returning a Figure.

Stated points are filled, derived points hollow diamonds, interpolated stretches
dotted, "more than" figures drawn as open-ended arrows, partial years as grey
squares. Every chart has a title saying what and when, units on its axes and a
source footnote. `figure_bytes` gives PNG and SVG bytes that are identical from one
build to the next (fixed svg.hashsalt, no date or software metadata).
"""

from __future__ import annotations

import io
import math
import textwrap

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, NullLocator

from .. import config
from ..schema import USSR_LAST_YEAR

COLOURS = {
    "stated": "#1f4e79",
    "derived": "#1f4e79",
    "china": "#b5452b",
    "partial": "#7f7f7f",
    "interp": "#7f7f7f",
}
CLASS_COLOURS = {
    "primary": ["#8c510a", "#bf812d", "#dfc27d", "#a6611a", "#d8b365"],
    "manufactured": ["#01665e", "#35978f", "#80cdc1", "#5ab4ac"],
    "mixed": ["#c7a76c"],
    "unknown": ["#d9d9d9"],
}


def styled():
    return plt.style.context(str(config.STYLE_FILE))


def billions(value, _pos=None) -> str:
    if value == 0:
        return "0"
    if value >= 1e9:
        return f"{value / 1e9:g} bn"
    return f"{value / 1e6:g} mn"


def footnote(fig, text: str, width: int = 190) -> None:
    """Source note at the foot of the figure, wrapped by character count (cheaper than layout)."""
    chars = int(width * fig.get_figwidth() / 10)
    fig.text(
        0.01,
        0.008,
        "\n".join(textwrap.wrap(text, chars)),
        fontsize=7,
        color="#444444",
        ha="left",
        va="bottom",
    )


def finished(fig, note: str, title: str | None = None, **margins):
    """The figure with its title across the top (if given), source footnote and margins, detached
    from pyplot: a notebook shows it once and nothing is left open."""
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=11)
    footnote(fig, note)
    fig.subplots_adjust(**margins)
    plt.close(fig)
    return fig


def finite(value) -> bool:
    return value is not None and math.isfinite(value)


def column(rows: list[dict], key: str) -> np.ndarray:
    return np.array([row[key] for row in rows], dtype=float)


def whiskers(ax, x, rows: list[dict], **style) -> None:
    """Error bars for the interval each figure admits, in one call (value_usd, low, high keys)."""
    if rows:
        value, low, high = column(rows, "value_usd"), column(rows, "low"), column(rows, "high")
        ax.errorbar(
            x,
            value,
            yerr=[value - low, high - value],
            fmt="none",
            ecolor="black",
            capsize=3,
            lw=0.8,
            **style,
        )


def plot_levels(ax, rows: list[dict], colour: str, label: str) -> None:
    """Stated (filled), derived (hollow) and open-ended ('more than') points, with intervals."""
    for status, marker, face in (("stated", "o", colour), ("derived", "D", "white")):
        sub = [r for r in rows if r["status"] == status]
        closed = [r for r in sub if finite(r["high"])]
        if closed:
            value, low, high = (
                column(closed, "value_usd"),
                column(closed, "low"),
                column(closed, "high"),
            )
            ax.errorbar(
                column(closed, "year"),
                value,
                yerr=[value - low, high - value],
                fmt=marker,
                color=colour,
                mfc=face,
                ms=5,
                capsize=2,
                lw=1,
                zorder=3,
                label=f"{label}, {status}",
            )
        for row in sub:
            if finite(row["high"]):
                continue
            ax.annotate(
                "",
                xy=(row["year"], row["value_usd"] * 1.6),
                xytext=(row["year"], row["value_usd"]),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.2},
                zorder=3,
            )
            ax.plot(
                row["year"], row["value_usd"], marker="_", ms=10, mew=2, color=colour, zorder=3
            )
    if not all(finite(r["high"]) for r in rows):
        ax.plot(
            [],
            [],
            marker="^",
            ls="",
            color=colour,
            ms=7,
            label=f"{label}, 'more than' (open-ended)",
        )


def log_money_axis(ax, ylabel: str, ylim: tuple[float, float] | None = None) -> None:
    """A log y axis in US$ with decade ticks only (minor log ticks add clutter)."""
    ax.set_yscale("log")
    ax.yaxis.set_minor_locator(NullLocator())
    if ylim:
        ax.set_ylim(*ylim)
    ax.yaxis.set_major_formatter(FuncFormatter(billions))
    ax.set_ylabel(ylabel)


def turnover_points(ax, data: dict, label: str) -> None:
    """Dotted lines per economy (none across the USSR/Russia break), levels, log US$ axis."""
    for line in data["lines"]:
        ax.plot(
            line["years"],
            line["values"],
            ls=":",
            color=COLOURS["interp"],
            lw=1,
            zorder=1,
            label="interpolated (log-linear), not stated" if line["economy"] == "RUS" else None,
        )
    plot_levels(ax, data["levels"], COLOURS["stated"], label)
    log_money_axis(ax, "turnover, current US$ (log scale)", (8e7, 4e11))


def growth_figure(data: dict) -> Figure:
    """Russia(USSR)–Japan turnover 1960–2014 on a log scale."""
    with styled():
        fig, ax = plt.subplots(figsize=(9.5, 5.6))
        ax.axvspan(1959, USSR_LAST_YEAR + 0.5, color="#f2f2f2", zorder=0)
        ax.text(1960, 2.2e11, "USSR (SUN)", fontsize=8.5, color="#555555")
        ax.text(USSR_LAST_YEAR + 1, 2.2e11, "Russia (RUS)", fontsize=8.5, color="#555555")
        turnover_points(ax, data, "annual")
        for row in data["partial"]:
            ax.plot(
                row["year"],
                row["value_usd"],
                marker="s",
                ms=5,
                color=COLOURS["partial"],
                mfc=COLOURS["partial"] if row["status"] == "stated" else "white",
                zorder=3,
            )
            if row["status"] == "stated":
                ax.annotate(
                    f"{row['period']} {row['year']}",
                    (row["year"], row["value_usd"]),
                    xytext=(-30, -13),
                    textcoords="offset points",
                    fontsize=7,
                    color=COLOURS["partial"],
                )
        ax.plot(
            [], [], marker="s", ls="", color=COLOURS["partial"], label="partial year (not annual)"
        )
        for rate in data["rates"]:
            ax.annotate(
                f"{rate['start']}–{rate['end']}\n{rate['cagr_pct']:+.0f} %/yr",
                (rate["x"], rate["y"]),
                xytext=(0, 20),
                textcoords="offset points",
                ha="center",
                fontsize=7.5,
                color="#333333",
            )
        for ev in data["events"]:
            ax.axvline(ev["year"], color="#999999", lw=0.6, ls="--", zorder=0)
            ax.text(
                ev["year"] + 0.3,
                1.2e8,
                f"{ev['event']} ({ev['year']})",
                rotation=90,
                fontsize=6.5,
                color="#666666",
                va="bottom",
            )
        ax.set_xlim(1957, 2016)
        ax.set_xlabel("year")
        ax.set_title(
            "Russia(USSR)–Japan trade turnover, 1960–2014: stated, derived and interpolated values"
        )
        ax.legend(loc="upper left", bbox_to_anchor=(0.27, 0.9), fontsize=7.5)
        note = (
            "Sources: "
            + data["sources"]
            + ". Bars show the interval each figure admits; growth rates are "
            "compound annual rates between the years named. Points are the Soviet/Russian side "
            "where given, "
            "else Japan's side (reported_by in annual_series.csv)."
        )
        return finished(fig, note, bottom=0.16, top=0.93, left=0.09, right=0.98)


def _dip_panel(ax, panel: dict, years, colour: str) -> None:
    for row in panel["rows"]:
        if row["status"] == "missing":
            ax.text(
                row["year"],
                0,
                "no figure",
                rotation=90,
                ha="center",
                va="bottom",
                fontsize=7,
                color="#777777",
            )
            continue
        open_ended = not finite(row["high"])
        hatch = "////" if row["status"] == "derived" else None
        ax.bar(
            row["year"],
            row["value_usd"],
            color="white" if hatch or open_ended else colour,
            edgecolor=colour,
            hatch=hatch,
            width=0.6,
            lw=1.2,
        )
        if open_ended:
            ax.annotate(
                "",
                xy=(row["year"], row["value_usd"] * 1.15),
                xytext=(row["year"], row["value_usd"]),
                arrowprops={"arrowstyle": "-|>", "color": colour},
            )
            ax.text(
                row["year"],
                row["value_usd"] * 1.17,
                "more than",
                ha="center",
                fontsize=7,
                color=colour,
            )
    closed = [r for r in panel["rows"] if finite(r["high"])]
    whiskers(ax, column(closed, "year"), closed)
    ax.set_title(panel["title"], fontsize=10)
    ax.set_xticks(years)
    ax.set_ylim(0, panel["top"])
    ax.yaxis.set_major_formatter(FuncFormatter(billions))
    ax.set_ylabel("turnover, current US$")


def dip_figure(data: dict) -> Figure:
    """The 2009 fall: Russia–Japan beside Japan–China, 2006–2010."""
    with styled():
        fig, axes = plt.subplots(1, 2, figsize=(10, 4.8))
        for ax, panel, colour in zip(
            axes, data["panels"], (COLOURS["stated"], COLOURS["china"]), strict=False
        ):
            _dip_panel(ax, panel, data["years"], colour)
        note = (
            "Sources: "
            + data["sources"]
            + ". Hatched bars are derived ("
            + "; ".join(data["derivations"])
            + "); open bars with arrows are 'more than' figures."
            " Whiskers: the interval each figure admits."
        )
        return finished(
            fig,
            note,
            "The 2009 dip: trade turnover 2006–2010, Russia–Japan and Japan–China",
            bottom=0.15,
            top=0.8,
            wspace=0.3,
            left=0.08,
            right=0.98,
        )


def china_figure(data: dict) -> Figure:
    """Japan–China against Japan–Russia turnover, their ratio, and the share figures."""
    with styled():
        fig = plt.figure(figsize=(11, 6))
        grid = fig.add_gridspec(
            2, 2, width_ratios=[1.4, 1], height_ratios=[1.3, 1], hspace=0.35, wspace=0.62
        )
        levels, ratio, shares = (
            fig.add_subplot(grid[0, 0]),
            fig.add_subplot(grid[1, 0]),
            fig.add_subplot(grid[:, 1]),
        )
        plot_levels(levels, data["rus"], COLOURS["stated"], "Russia–Japan")
        plot_levels(levels, data["chn"], COLOURS["china"], "Japan–China")
        log_money_axis(levels, "turnover, current US$ (log)")
        levels.set_xlim(1978, 2015)
        levels.set_title("Turnover, years with a figure", fontsize=10)
        levels.legend(fontsize=6.5, loc="upper left")
        years = data["ratio"]["years"]
        mid, low, high = (np.array(data["ratio"][k], dtype=float) for k in ("mid", "low", "high"))
        ratio.errorbar(
            years, mid, yerr=[mid - low, high - mid], fmt="o", color="#5b3a8a", capsize=2, ms=4
        )
        ratio.axhline(10, color="#b5452b", ls="--", lw=1)
        ratio.text(
            years[0] if years else 1995,
            10.5,
            "article: 'more than 10 times'",
            fontsize=7.5,
            color="#b5452b",
        )
        ratio.set_ylabel("Japan–China / Russia–Japan")
        ratio.set_xlabel("year")
        ratio.set_title("How many times larger Japan–China trade is", fontsize=10)
        rows = data["shares"]
        y = np.arange(len(rows))[::-1]
        shares.barh(
            y,
            [r["value"] for r in rows],
            height=0.6,
            color=["#1f4e79" if r["source_id"] == "article_th" else "#8fa9c4" for r in rows],
        )
        for yi, row in zip(y, rows, strict=False):
            prefix = "less than " if row["at_most"] else ""
            shares.text(
                row["value"] + 0.05, yi, f"{prefix}{row['value']:g} %", va="center", fontsize=8
            )
        shares.set_yticks(y, [textwrap.fill(r["label"], 30) for r in rows], fontsize=7.5)
        shares.set_xlabel("percent")
        shares.set_xlim(0, 5)
        shares.set_title("Shares stated (no year unless named)", fontsize=10)
        note = (
            "Sources: "
            + data["sources"]
            + ". Japan–China: Japan's statistics, China excluding Hong Kong; "
            + "; ".join(data["context_years"])
            + ". Ratios use each year's intervals; arrows mark 'more than' figures."
        )
        return finished(
            fig,
            note,
            "Japan versus China: Japan–China and Russia–Japan trade, and Russia's weight "
            "for Japan, 1980–2013",
            bottom=0.16,
            top=0.9,
            left=0.07,
            right=0.98,
        )


def structure_figure(data: dict) -> Figure:
    """What is traded: the article's structure of Russia's exports to and imports from Japan."""
    with styled():
        fig, (bars, over_time) = plt.subplots(2, 1, figsize=(10, 6.4), height_ratios=[1.25, 1])
        for y, flow, label in (
            (1, "export", "Russia's exports to Japan"),
            (0, "import", "Russia's imports from Japan"),
        ):
            rows = data["flows"][flow]
            left, used = 0.0, {k: 0 for k in CLASS_COLOURS}
            for row in rows:
                palette = CLASS_COLOURS[row["class"]]
                colour = palette[used[row["class"]] % len(palette)]
                used[row["class"]] += 1
                bars.barh(
                    y,
                    row["share_pct"],
                    left=left,
                    color=colour,
                    edgecolor="white",
                    hatch="xx" if row["class"] == "mixed" else None,
                    height=0.6,
                )
                if (
                    row["share_pct"] >= 6
                ):  # about 1.1 characters of 6.8 pt text fit per percent of width
                    wrapped = textwrap.fill(row["category"], int(row["share_pct"] * 1.1))
                    inside = f"{wrapped}\n{row['share_pct']:g} %"
                    bars.text(
                        left + row["share_pct"] / 2,
                        y,
                        inside,
                        ha="center",
                        va="center",
                        fontsize=6.8,
                    )
                left += row["share_pct"]
            bars.text(-1, y, label, ha="right", va="center", fontsize=8.5)
            small = [f"{r['category']} {r['share_pct']:g} %" for r in rows if r["share_pct"] < 6]
            if small:
                bars.text(
                    0,
                    y + 0.33,
                    "not labelled: " + "; ".join(small),
                    fontsize=6.8,
                    va="bottom",
                    color="#333333",
                )
        bars.set_xlim(0, 100)
        bars.set_yticks([])
        bars.set_xlabel("share of the flow, percent (reference period not stated by the article)")
        bars.set_title("The article's structure: raw materials out, manufactures in", fontsize=10)
        handles = [
            plt.Rectangle(
                (0, 0), 1, 1, color=CLASS_COLOURS[k][0], hatch="xx" if k == "mixed" else None
            )
            for k in ("primary", "manufactured", "mixed", "unknown")
        ]
        bars.legend(
            handles,
            [
                "primary (SITC 0-4, 68)",
                "manufactured (SITC 5-8)",
                "mixed",
                "not stated (remainder)",
            ],
            ncol=4,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.3),
            fontsize=7.5,
        )
        for i, row in enumerate(data["measure"]):
            colour = (
                CLASS_COLOURS["primary"][0]
                if row["russia_flow"] == "export"
                else CLASS_COLOURS["manufactured"][0]
            )
            over_time.plot(
                [row["primary_low"], row["primary_high"]],
                [i, i],
                color=colour,
                lw=5,
                solid_capstyle="butt",
            )
        over_time.set_yticks(
            range(len(data["measure"])), [row["label"] for row in data["measure"]], fontsize=7
        )
        over_time.set_xlim(0, 100)
        over_time.set_xlabel(
            "primary goods, percent of the flow (interval: mixed and unstated categories may "
            "be either)"
        )
        over_time.set_title("Primary share by source and period", fontsize=10)
        note = (
            "Sources: "
            + data["sources"]
            + ". Primary/manufactured by UNCTAD's SITC grouping; mapping to "
            "HS codes in rjtrade/categories.py. The remainder is computed as 100 % less the "
            "stated shares."
        )
        return finished(
            fig,
            note,
            "Commodity structure of Russia–Japan trade: the article's shares and other "
            "sources, 1985–2014",
            bottom=0.15,
            top=0.9,
            hspace=0.8,
            left=0.3,
            right=0.97,
        )


def partial_year_figure(data: dict) -> Figure:
    """January–September 2014 against January–September 2013 (derived from the stated growth)."""
    with styled():
        fig, ax = plt.subplots(figsize=(8, 4.8))
        x = np.arange(len(data["labels"]))
        for offset, bar in zip((-0.2, 0.2), data["years"], strict=False):
            derived = bar["derived"]
            ax.bar(
                x + offset,
                column(bar["rows"], "value_usd"),
                width=0.38,
                color="white" if derived else COLOURS["stated"],
                edgecolor=COLOURS["stated"],
                hatch="////" if derived else None,
                label=f"Jan–Sep {bar['year']}"
                + (" (derived from the stated growth)" if derived else " (stated)"),
            )
            whiskers(ax, x + offset, bar["rows"])
        for i, label in enumerate(data["labels"]):
            ax.text(
                i + 0.2,
                label["value"] * 1.03,
                f"{label['growth_pct']:+.1f} %",
                ha="center",
                fontsize=9,
                fontweight="bold",
            )
        ax.set_xticks(range(len(data["labels"])), ["exports", "imports", "turnover"])
        ax.yaxis.set_major_formatter(FuncFormatter(billions))
        ax.set_ylabel("current US$, January–September")
        ax.set_title("Russia–Japan trade, January–September 2014 against the same months of 2013")
        ax.set_ylim(0, data["top"])
        ax.legend(loc="upper left")
        note = (
            "Source: the Thai article (line 100), citing the Federal Customs Service of Russia "
            "(Russia's side). "
            "2013 values are derived: 2014 value / (1 + growth). Whiskers: the interval each "
            "figure admits."
        )
        return finished(fig, note, bottom=0.16, top=0.9)


def timeline_figure(data: dict) -> Figure:
    """Relations 1855–2014: the article's events in date order, trade turnover beneath."""
    with styled():
        fig, (events, trade) = plt.subplots(
            2, 1, figsize=(11, 7.2), sharex=True, height_ratios=[1.5, 1]
        )
        rows = data["events"]
        y = np.arange(len(rows))[::-1]  # earliest at the top
        events.scatter([row["year"] for row in rows], y, s=16, color=COLOURS["china"], zorder=3)
        for yi, row in zip(y, rows, strict=False):
            right = row["year"] < 1960  # labels run into the empty years, never over other points
            events.text(
                row["year"] + (1.2 if right else -1.2),
                yi,
                row["label"],
                fontsize=7,
                va="center",
                ha="left" if right else "right",
            )
        events.set_yticks([])
        events.set_ylim(-0.8, len(rows) - 0.2)
        events.grid(axis="y", visible=False)
        events.set_title(
            "Russia(USSR)–Japan relations 1855–2014: the article's events, with trade turnover "
            "from 1960"
        )
        for ax in (events, trade):
            ax.axvline(USSR_LAST_YEAR + 0.5, color="#999999", lw=0.8, ls="--", zorder=0)
        trade.text(
            USSR_LAST_YEAR - 0.5, 2.2e11, "USSR (SUN)", ha="right", fontsize=7.5, color="#555555"
        )
        trade.text(USSR_LAST_YEAR + 1.5, 2.2e11, "Russia (RUS)", fontsize=7.5, color="#555555")
        turnover_points(trade, data, "turnover")
        trade.text(
            1855,
            1e9,
            "no trade figures before 1960 in these sources",
            fontsize=7.5,
            color="#555555",
        )
        trade.set_xlim(1850, 2016)
        trade.set_xlabel("year")
        trade.legend(loc="upper left", fontsize=7)
        note = (
            "Sources: events from the Thai article, dates as written "
            "(data/raw/article_events.csv gives each line; "
            "where it gives two dates the first is placed); trade from " + data["sources"] + "."
        )
        return finished(fig, note, bottom=0.12, top=0.95, hspace=0.08, left=0.08, right=0.98)


def figure_bytes(fig) -> dict[str, bytes]:
    """PNG and SVG of a figure, without date or software metadata: rebuilds are byte-identical."""
    out = {}
    with styled():
        for fmt, options in (
            (
                "png",
                {"metadata": {"Software": None}, "pil_kwargs": {"compress_level": 3}},
            ),  # quick to encode
            ("svg", {"metadata": {"Date": None, "Creator": None}}),
        ):
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, **options)
            out[fmt] = buffer.getvalue()
    plt.close(fig)
    return out
