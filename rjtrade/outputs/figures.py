"""Charts: each a function drawing what rjtrade/outputs/chartdata.py computed, returning a Figure.

Stated points are filled, derived points hollow diamonds, consecutive known years
joined by a thin solid line and interpolated stretches by a dotted one, "more than"
figures drawn as a bar with an arrow of one fixed length on every chart, partial years
as grey squares. Every chart has a title saying what and when, units on its axes and
a source footnote. `figure_bytes` gives PNG, SVG and PDF bytes that are identical from
one build to the next (fixed svg.hashsalt, no date or software metadata).
"""

from __future__ import annotations

import io
import math
import textwrap

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator
from matplotlib.transforms import offset_copy

from .. import config
from ..schema import PRIMARY_SOURCE, USSR_LAST_YEAR
from .chartdata import signed

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


ARROW_POINTS = 16  # length of every "more than" arrow, in points, whatever the axis
SAVE_OPTIONS = {  # per format: no date or software metadata, so rebuilds are byte-identical
    "png": {"metadata": {"Software": None}, "pil_kwargs": {"compress_level": 3}},
    "svg": {"metadata": {"Date": None, "Creator": None}},
    "pdf": {"metadata": {"Creator": None, "Producer": None, "CreationDate": None}},
}
MUTED = "#555555"


def billions(value, _pos=None) -> str:
    """A tick label in US$: '0', '150 mn', '12 bn'."""
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


def text_colour(fill: str) -> str:
    """Black or white, whichever reads better on the fill colour (by its luminance)."""
    red, green, blue = to_rgb(fill)
    return "black" if 0.299 * red + 0.587 * green + 0.114 * blue > 0.55 else "white"


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


def more_than(ax, x: float, value: float, colour: str) -> None:
    """A 'more than' figure: a bar at the stated value and an arrow up of fixed length."""
    head = offset_copy(ax.transData, fig=ax.figure, y=ARROW_POINTS, units="points")
    ax.annotate(
        "",
        xy=(x, value),
        xycoords=head,
        xytext=(x, value),
        textcoords="data",
        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.2, "shrinkA": 0, "shrinkB": 0},
        zorder=3,
        annotation_clip=False,
    )
    ax.plot(x, value, marker="_", ms=10, mew=2, color=colour, zorder=3)


def more_than_handle(ax, colour: str, label: str) -> None:
    """The legend entry of 'more than' figures (an arrow up)."""
    ax.plot([], [], marker="^", ls="", color=colour, ms=7, label=label)


def plot_levels(ax, rows: list[dict], colour: str, label: str) -> None:
    """Stated (filled), derived (hollow) and open-ended ('more than') points, with intervals."""
    for status, marker, face in (("stated", "o", colour), ("derived", "D", "white")):
        closed = [r for r in rows if r["status"] == status and finite(r["high"])]
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
    open_ended = [r for r in rows if r["status"] != "missing" and not finite(r["high"])]
    for row in open_ended:
        more_than(ax, row["year"], row["value_usd"], colour)
    if open_ended:
        more_than_handle(ax, colour, f"{label}, 'more than' (open-ended)")


def log_limits(values, below: float = 1.7, above: float = 2.2) -> tuple[float, float]:
    """Log-axis limits around the finite positive values, with room below and above."""
    shown = [v for v in values if finite(v) and v > 0]
    return min(shown) / below, max(shown) * above


def log_money_axis(ax, ylabel: str, ylim: tuple[float, float] | None = None) -> None:
    """A log y axis in US$ with decade ticks only (minor log ticks add clutter)."""
    ax.set_yscale("log")
    ax.yaxis.set_minor_locator(NullLocator())
    if ylim:
        ax.set_ylim(*ylim)
    ax.yaxis.set_major_formatter(FuncFormatter(billions))
    ax.set_ylabel(ylabel)


def turnover_points(ax, data: dict, label: str, ylim: tuple[float, float]) -> None:
    """Lines per economy (solid between consecutive known years, dotted through interpolated
    ones, none across the USSR/Russia break), levels, log US$ axis."""
    labelled = set()
    for line in data["lines"]:
        interpolated = line["kind"] == "interpolated"
        text = "interpolated (log-linear), not stated" if interpolated else "consecutive years"
        ax.plot(
            line["years"],
            line["values"],
            ls=":" if interpolated else "-",
            color=COLOURS["interp"] if interpolated else COLOURS["stated"],
            lw=1.1 if interpolated else 0.7,
            zorder=1,
            label=None if text in labelled else text,
        )
        labelled.add(text)
    plot_levels(ax, data["levels"], COLOURS["stated"], label)
    log_money_axis(ax, "turnover, current US$ (log scale)", ylim)


def period_labels(ax, y: float = 0.97) -> None:
    """'USSR (SUN)' and 'Russia (RUS)' either side of the break, near the top of the axes."""
    top = ax.get_xaxis_transform()
    style = {"fontsize": 8.5, "color": MUTED, "va": "top", "transform": top}
    ax.text(USSR_LAST_YEAR - 0.2, y, "USSR (SUN) ", ha="right", **style)
    ax.text(USSR_LAST_YEAR + 1.2, y, " Russia (RUS)", ha="left", **style)


def rate_bracket(ax, rate: dict) -> None:
    """A bracket over the years a compound growth rate spans, the rate written above it."""
    y = rate["top"] * 1.45
    ax.plot(
        [rate["start"], rate["start"], rate["end"], rate["end"]],
        [y / 1.12, y, y, y / 1.12],
        color="#333333",
        lw=0.8,
        zorder=4,
    )
    ax.annotate(
        f"{rate['start']}–{rate['end']}\n{signed(rate['cagr_pct'], 0)} % a year",
        ((rate["start"] + rate["end"]) / 2, y),
        xytext=(0, 2),
        textcoords="offset points",
        ha="center",
        va="bottom",
        fontsize=7.5,
        color="#222222",
        zorder=5,
        bbox={"boxstyle": "square,pad=0.15", "fc": "white", "ec": "none"},
    )


def event_lines(ax, events: list[dict]) -> None:
    """A dashed line at each event's year, its name along the line near the bottom."""
    for ev in events:
        ax.axvline(ev["year"], color="#999999", lw=0.6, ls="--", zorder=0)
        ax.text(
            ev["year"] + 0.25,
            0.02,
            textwrap.fill(f"{ev['event']} ({ev['year']})", 34),
            rotation=90,
            fontsize=6.5,
            color="#555555",
            va="bottom",
            transform=ax.get_xaxis_transform(),
            zorder=2,
            bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.85},
        )


def partial_points(ax, rows: list[dict]) -> None:
    """Partial-year turnover as grey squares (filled if stated), stated ones labelled."""
    for row in rows:
        stated = row["status"] == "stated"
        ax.plot(
            row["year"],
            row["value_usd"],
            marker="s",
            ms=5,
            color=COLOURS["partial"],
            mfc=COLOURS["partial"] if stated else "white",
            zorder=3,
        )
        if stated:
            ax.annotate(
                f"{row['period']} {row['year']}",
                (row["year"], row["value_usd"]),
                xytext=(0, -9),
                textcoords="offset points",
                ha="center",
                va="top",
                fontsize=7,
                color=COLOURS["partial"],
            )
    ax.plot([], [], marker="s", ls="", color=COLOURS["partial"], label="partial year (not annual)")


def growth_figure(data: dict) -> Figure:
    """Russia(USSR)–Japan turnover 1960–2014 on a log scale."""
    with styled():
        fig, ax = plt.subplots(figsize=(9.5, 5.6))
        ax.axvspan(1955, USSR_LAST_YEAR + 0.5, color="#f2f2f2", zorder=0)
        values = [r["value_usd"] for r in data["levels"]]
        top = max([r["top"] * 1.45 * 2.4 for r in data["rates"]] + [max(values) * 2.4])
        turnover_points(ax, data, "annual", (min(values) / 1.8, top))
        partial_points(ax, data["partial"])
        for rate in data["rates"]:
            rate_bracket(ax, rate)
        event_lines(ax, data["events"])
        period_labels(ax)
        ax.set_xlim(1955, 2016)
        ax.set_xlabel("year")
        ax.set_title(
            "Russia(USSR)–Japan trade turnover, 1960–2014: stated, derived and interpolated values"
        )
        ax.legend(
            loc="lower left",
            bbox_to_anchor=(0.255, 0.02),  # the empty 1970s-80s below 1 bn
            fontsize=7.5,
            frameon=True,
            facecolor="white",
            edgecolor="none",
            framealpha=0.92,
        )
        note = (
            "Sources: "
            + data["sources"]
            + ". Bars show the interval each figure admits; brackets mark compound annual "
            "growth rates between the years named. Points are the Soviet/Russian side "
            "where given, else Japan's side (reported_by in annual_series.csv)."
        )
        return finished(fig, note, bottom=0.16, top=0.93, left=0.09, right=0.98)


def _dip_panel(ax, panel: dict, years, colour: str) -> None:
    """One pair's turnover 2006–2010 on a log axis spanning the same factor as the other's."""
    shown = [r for r in panel["rows"] if r["status"] != "missing"]
    ax.plot(column(shown, "year"), column(shown, "value_usd"), color=colour, lw=0.8, zorder=2)
    plot_levels(ax, shown, colour, "turnover")
    centre = math.sqrt(panel["ylim"][0] * panel["ylim"][1])
    for row in panel["rows"]:
        if row["status"] == "missing":
            ax.text(row["year"], centre, "no\nfigure", ha="center", va="center", color=MUTED)
    ax.set_title(panel["title"], fontsize=10)
    ax.set_xticks(years)
    ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    log_money_axis(ax, "turnover, current US$ (log scale)", panel["ylim"])
    ax.yaxis.set_major_locator(LogLocator(subs=(1, 2, 5)))


def dip_figure(data: dict) -> Figure:
    """The 2009 fall: Russia–Japan beside Japan–China, 2006–2010."""
    with styled():
        fig, axes = plt.subplots(1, 2, figsize=(10, 4.8))
        for ax, panel, colour in zip(
            axes, data["panels"], (COLOURS["stated"], COLOURS["china"]), strict=True
        ):
            _dip_panel(ax, panel, data["years"], colour)
            ax.legend(loc="lower left", fontsize=7)
        note = (
            "Sources: "
            + data["sources"]
            + ". Both panels use a log scale spanning the same factor (10), so equal falls "
            "look equally deep. Hollow diamonds are derived ("
            + "; ".join(data["derivations"])
            + "); an arrow marks a 'more than' figure. Whiskers: the interval each figure admits."
        )
        return finished(
            fig,
            note,
            "The 2009 dip: trade turnover 2006–2010, Russia–Japan and Japan–China",
            bottom=0.17,
            top=0.8,
            wspace=0.3,
            left=0.08,
            right=0.98,
        )


def _ratio_panel(ax, ratio_data: dict) -> None:
    years = ratio_data["years"]
    mid, low, high = (np.array(ratio_data[k], dtype=float) for k in ("mid", "low", "high"))
    ax.errorbar(
        years,
        mid,
        yerr=[mid - low, high - mid],
        fmt="o",
        color="#5b3a8a",
        capsize=2,
        ms=4,
        label="ratio, with its interval",
    )
    ax.axhline(10, color="#b5452b", ls="--", lw=1, label="the article: 'more than 10 times'")
    ax.set_ylabel("Japan–China / Russia–Japan")
    ax.set_xlabel("year")
    ax.set_ylim(0, max(high) * 1.12)
    ax.set_title("How many times larger Japan–China trade is", fontsize=10)
    ax.legend(fontsize=7, loc="upper left")


def _shares_panel(ax, rows: list[dict]) -> None:
    """The stated shares in two groups (whose trade), 'less than' drawn as an open bar."""
    groups = list(dict.fromkeys(r["group"] for r in rows))
    y, ticks, labels, position = [], [], [], 0.0
    for group in groups:
        ax.text(
            -0.02,
            position - 0.1,
            group,
            fontsize=8,
            fontweight="bold",
            va="bottom",
            ha="right",
            transform=ax.get_yaxis_transform(),
        )
        for row in (r for r in rows if r["group"] == group):
            position -= 1
            y.append(position)
            ticks.append(position)
            labels.append(textwrap.fill(row["label"], 30))
        position -= 1.2
    for yi, row in zip(y, rows_in_groups(rows, groups), strict=True):
        article = row["source_id"] == PRIMARY_SOURCE
        colour = "#1f4e79" if article else "#8fa9c4"
        if row["at_most"]:
            ax.barh(yi, row["value"], height=0.6, color="white", edgecolor=colour, ls="--")
        else:
            ax.barh(yi, row["value"], height=0.6, color=colour)
        prefix = "less than " if row["at_most"] else ""
        ax.text(row["value"] + 0.06, yi, f"{prefix}{row['value']:g} %", va="center", fontsize=8)
    ax.set_yticks(ticks, labels, fontsize=7.5)
    ax.set_ylim(position + 0.6, 0.5)
    ax.set_xlabel("percent")
    ax.set_xlim(0, 5)
    ax.grid(axis="y", visible=False)
    ax.set_title("Shares stated (no year unless named)", fontsize=10)
    ax.legend(
        handles=[
            Patch(color="#1f4e79", label="the Thai article"),
            Patch(color="#8fa9c4", label="other sources"),
            Patch(fc="white", ec="#1f4e79", ls="--", label="'less than': an upper bound"),
        ],
        fontsize=7,
        loc="lower right",
    )


def rows_in_groups(rows: list[dict], groups: list[str]) -> list[dict]:
    """The rows ordered group by group, as the shares panel draws them."""
    return [r for group in groups for r in rows if r["group"] == group]


def china_figure(data: dict) -> Figure:
    """Japan–China against Japan–Russia turnover, their ratio, and the share figures."""
    with styled():
        fig = plt.figure(figsize=(11, 6.4))
        grid = fig.add_gridspec(
            2, 2, width_ratios=[1.4, 1], height_ratios=[1.3, 1], hspace=0.35, wspace=0.62
        )
        levels = fig.add_subplot(grid[0, 0])
        ratio = fig.add_subplot(grid[1, 0], sharex=levels)
        shares = fig.add_subplot(grid[:, 1])
        plot_levels(levels, data["rus"], COLOURS["stated"], "Russia–Japan")
        plot_levels(levels, data["chn"], COLOURS["china"], "Japan–China")
        values = [r["value_usd"] for r in data["rus"] + data["chn"]]
        log_money_axis(levels, "turnover, current US$ (log)", log_limits(values, 1.6, 3.2))
        levels.set_xlim(1978, 2015)
        levels.set_title("Turnover, years with a figure", fontsize=10)
        levels.legend(fontsize=6.5, loc="upper left", ncol=2)
        levels.tick_params(labelbottom=False)
        _ratio_panel(ratio, data["ratio"])
        _shares_panel(shares, data["shares"])
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
            bottom=0.15,
            top=0.9,
            left=0.085,
            right=0.98,
        )


def _share_label(bars, left: float, y: float, row: dict, colour: str) -> None:
    """The category and its share inside its segment, in a colour that reads on the fill."""
    label = textwrap.fill(row["category"], int(row["share_pct"] * 1.1))
    hatched = row["class"] == "mixed"
    bars.text(
        left + row["share_pct"] / 2,
        y,
        f"{label}\n{row['share_pct']:.1f} %",
        ha="center",
        va="center",
        fontsize=6.8,
        color="black" if hatched else text_colour(colour),
        bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none"} if hatched else None,
    )


def _structure_bars(bars, data: dict) -> None:
    """The article's shares of each flow, stacked to 100 %."""
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
            if row["share_pct"] >= 6:  # about 1.1 characters of 6.8 pt text fit per percent
                _share_label(bars, left, y, row, colour)
            left += row["share_pct"]
        bars.text(-1, y, label, ha="right", va="center", fontsize=8.5)
        small = [f"{r['category']} {r['share_pct']:.1f} %" for r in rows if r["share_pct"] < 6]
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
        Patch(color=CLASS_COLOURS[k][0], hatch="xx" if k == "mixed" else None)
        for k in ("primary", "manufactured", "mixed", "unknown")
    ]
    bars.legend(
        handles,
        ["primary (SITC 0-4, 68)", "manufactured (SITC 5-8)", "mixed", "not stated (remainder)"],
        ncol=4,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.3),
        fontsize=7.5,
    )


def _primary_intervals(ax, measure: list[dict]) -> None:
    """The primary share of each source and period as a range with end caps, its ends written."""
    for i, row in enumerate(measure):
        export = row["russia_flow"] == "export"
        colour = CLASS_COLOURS["primary" if export else "manufactured"][0]
        low, high = row["primary_low"], row["primary_high"]
        ax.plot([low, high], [i, i], color=colour, lw=2.2, solid_capstyle="butt")
        ax.plot([low, high], [i, i], ls="", marker="|", ms=9, mew=1.6, color=colour)
        text = f"{low:.0f} %" if round(low) == round(high) else f"{low:.0f}–{high:.0f} %"
        right = high < 88
        ax.text(
            high + 1.2 if right else low - 1.2,
            i,
            text,
            va="center",
            ha="left" if right else "right",
            fontsize=7,
        )
    ax.set_yticks(range(len(measure)), [row["label"] for row in measure], fontsize=7)
    ax.set_ylim(-0.7, len(measure) - 0.3)
    ax.set_xlim(-1.5, 101.5)  # the end caps at 0 and 100 % stay visible
    ax.set_xlabel(
        "primary goods, percent of the flow: a range, as mixed and unstated categories may be "
        "either"
    )
    ax.set_title("Primary share by source and period (ranges, not values)", fontsize=10)


def structure_figure(data: dict) -> Figure:
    """What is traded: the article's structure of Russia's exports to and imports from Japan."""
    with styled():
        fig, (bars, over_time) = plt.subplots(2, 1, figsize=(10, 6.4), height_ratios=[1.25, 1])
        _structure_bars(bars, data)
        _primary_intervals(over_time, data["measure"])
        first, last = data["other_years"]
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
            "Russia–Japan trade by commodity: the article's shares (period not stated) and "
            f"other sources, {first}–{last}",
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
        for offset, bar in zip((-0.2, 0.2), data["years"], strict=True):
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
            ax.annotate(
                f"{signed(label['growth_pct'])} %",
                (i + 0.2, label["value"]),
                xytext=(0, 5),
                textcoords="offset points",
                ha="center",
                fontsize=9,
                fontweight="bold",
            )
        ax.set_xticks(x, [label["flow"] for label in data["labels"]])
        ax.yaxis.set_major_formatter(FuncFormatter(billions))
        ax.set_ylabel("current US$, January–September")
        ax.set_ylim(0, data["top"])
        ax.legend(loc="upper left")
        note = (
            "Source: the Thai article (line 100), citing the Federal Customs Service of Russia "
            "(Russia's side). 2013 values are derived: 2014 value / (1 + growth). Whiskers: the "
            "interval each figure admits. Labels: change of 2014 on 2013."
        )
        return finished(
            fig,
            note,
            "Russia–Japan trade, January–September 2014 against the same months of 2013",
            bottom=0.16,
            top=0.88,
            left=0.1,
            right=0.97,
        )


def _event_rows(events, rows: list[dict]) -> None:
    """One row per event, earliest at the top, the label running into the empty years."""
    y = np.arange(len(rows))[::-1]
    events.scatter([row["year"] for row in rows], y, s=16, color=COLOURS["china"], zorder=3)
    for yi, row in zip(y, rows, strict=True):
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


def timeline_figure(data: dict) -> Figure:
    """Relations 1855–2014: the article's events in date order, trade turnover beneath."""
    with styled():
        fig, (events, trade) = plt.subplots(
            2, 1, figsize=(11, 7.2), sharex=True, height_ratios=[1.5, 1]
        )
        _event_rows(events, data["events"])
        events.set_title(
            "Russia(USSR)–Japan relations 1855–2014: the article's events, with trade turnover "
            "from 1960"
        )
        trade.axvline(USSR_LAST_YEAR + 0.5, color="#999999", lw=0.8, ls="--", zorder=0)
        values = [r["value_usd"] for r in data["levels"]]
        turnover_points(trade, data, "turnover", log_limits(values, 1.8, 4.5))
        period_labels(trade)
        trade.text(
            1855,
            0.5,
            "no trade figures before 1960 in these sources",
            fontsize=7.5,
            color=MUTED,
            transform=trade.get_xaxis_transform(),
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


def figure_bytes(fig, formats=("png", "svg")) -> dict[str, bytes]:
    """The figure in each format, without date or software metadata: rebuilds are
    byte-identical (PNG at the style's 200 dpi; SVG with a fixed hash salt; PDF undated)."""
    out = {}
    with styled():
        for fmt in formats:
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, **SAVE_OPTIONS[fmt])
            out[fmt] = buffer.getvalue()
    plt.close(fig)
    return out
