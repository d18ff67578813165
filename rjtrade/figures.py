"""Charts: each a function taking library tables and returning a matplotlib Figure.

Stated points are filled, derived points hollow diamonds, interpolated stretches
dotted, "more than" figures drawn as open-ended arrows, partial years as grey
squares. Every chart has a title saying what and when, units on its axes and a
source footnote. `render_all` returns PNG and SVG bytes that are identical from
one build to the next (fixed svg.hashsalt, no date or software metadata).
"""

from __future__ import annotations

import io
import math
import multiprocessing
import os
import sys
import warnings
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import FuncFormatter, NullLocator

from . import paths
from .commodities import OTHER, commodity_shares, structure_measure
from .errors import RjtradeError
from .intervals import INF
from .obstable import events as load_events
from .obstable import observations
from .schema import CHART_NAMES, USSR_LAST_YEAR
from .series import annual_series, cagr, interpolated, year_on_year

COLOURS = {"stated": "#1f4e79", "derived": "#1f4e79", "china": "#b5452b", "partial": "#7f7f7f", "interp": "#7f7f7f"}
CLASS_COLOURS = {"primary": ["#8c510a", "#bf812d", "#dfc27d", "#a6611a", "#d8b365"],
                 "manufactured": ["#01665e", "#35978f", "#80cdc1", "#5ab4ac"],
                 "mixed": ["#c7a76c"], "unknown": ["#d9d9d9"]}
TIMELINE_EVENTS = ("first_trade_agreement", "five_year_agreements", "siberia_cooperation",
                   "recognition_of_russia", "tokyo_declaration", "sakhalin_lng_plant")
ARTICLE = "Thai-language article on Russia–Japan relations (line numbers in data/raw/article_figures.csv)"


def styled():
    return plt.style.context(str(paths.STYLE_FILE))


def billions(value, _pos=None) -> str:
    if value == 0:
        return "0"
    if value >= 1e9:
        return f"{value / 1e9:g} bn"
    return f"{value / 1e6:g} mn"


def footnote(fig, text: str, width: int = 190) -> None:
    """Source note at the foot of the figure, wrapped by character count (cheaper than layout wrapping)."""
    chars = int(width * fig.get_figwidth() / 10)
    fig.text(0.01, 0.008, "\n".join(textwrap.wrap(text, chars)), fontsize=7, color="#444444", ha="left", va="bottom")


def source_names(source_ids) -> str:
    from .obstable import source_registry

    registry = source_registry()
    publishers = dict(zip(registry["source_id"], registry["publisher"]))
    names = ["the Thai article" if sid == "article_th" else publishers[sid].split(" (")[0]
             for sid in source_ids if isinstance(sid, str)]
    return ", ".join(dict.fromkeys(names))


def whiskers(ax, x, rows: pd.DataFrame, **style) -> None:
    """Error bars for the interval each figure admits, in one call (value_usd, low, high columns)."""
    if len(rows):
        ax.errorbar(x, rows["value_usd"], yerr=[rows["value_usd"] - rows["low"], rows["high"] - rows["value_usd"]],
                    fmt="none", ecolor="black", capsize=3, lw=0.8, **style)


def plot_levels(ax, rows: pd.DataFrame, colour: str, label: str) -> None:
    """Stated (filled), derived (hollow) and open-ended ('more than') points with their intervals."""
    for status, marker, face in (("stated", "o", colour), ("derived", "D", "white")):
        sub = rows[rows["status"] == status]
        closed = sub[np.isfinite(sub["high"])]
        if not closed.empty:
            ax.errorbar(closed["year"], closed["value_usd"],
                        yerr=[closed["value_usd"] - closed["low"], closed["high"] - closed["value_usd"]],
                        fmt=marker, color=colour, mfc=face, ms=5, capsize=2, lw=1, zorder=3,
                        label=f"{label}, {status}")
        for row in sub[~np.isfinite(sub["high"])].to_dict("records"):
            ax.annotate("", xy=(row["year"], row["value_usd"] * 1.6), xytext=(row["year"], row["value_usd"]),
                        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.2}, zorder=3)
            ax.plot(row["year"], row["value_usd"], marker="_", ms=10, mew=2, color=colour, zorder=3)
    if (~np.isfinite(rows["high"])).any():
        ax.plot([], [], marker="^", ls="", color=colour, ms=7, label=f"{label}, 'more than' (open-ended)")


def growth_figure(series: pd.DataFrame | None = None, events: pd.DataFrame | None = None):
    """Russia(USSR)–Japan turnover 1960–2014 on a log scale."""
    series = annual_series("RUS", "JPN", interpolate=True) if series is None else series
    events = load_events() if events is None else events
    turnover = series[series["flow"] == "turnover"]
    annual = turnover[turnover["period"] == "annual"]
    with styled():
        fig, ax = plt.subplots(figsize=(9.5, 5.6))
        ax.axvspan(1959, USSR_LAST_YEAR + 0.5, color="#f2f2f2", zorder=0)
        ax.text(1960, 2.2e11, "USSR (SUN)", fontsize=8.5, color="#555555")
        ax.text(USSR_LAST_YEAR + 1, 2.2e11, "Russia (RUS)", fontsize=8.5, color="#555555")
        filled = annual[annual["status"] != "missing"].sort_values("year")
        for economy, part in filled.groupby("economy"):  # no line across the USSR/Russia break
            ax.plot(part["year"], part["value_usd"], ls=":", color=COLOURS["interp"], lw=1, zorder=1,
                    label="interpolated (log-linear), not stated" if economy == "RUS" else None)
        plot_levels(ax, annual[annual["status"].isin(["stated", "derived"])], COLOURS["stated"], "annual")
        partial = turnover[turnover["period"] != "annual"]
        for row in partial.to_dict("records"):
            ax.plot(row["year"], row["value_usd"], marker="s", ms=5, color=COLOURS["partial"],
                    mfc=COLOURS["partial"] if row["status"] == "stated" else "white", zorder=3)
            if row["status"] == "stated":
                ax.annotate(f"{row['period']} {row['year']}", (row["year"], row["value_usd"]), xytext=(-30, -13),
                            textcoords="offset points", fontsize=7, color=COLOURS["partial"])
        ax.plot([], [], marker="s", ls="", color=COLOURS["partial"], label="partial year (not annual)")
        for start, end in ((1960, 1982), (1995, 2001), (2003, 2007), (2009, 2013)):
            try:
                g = cagr(series, start, end)
            except KeyError:
                continue
            a = annual.set_index("year").loc[[start, end], "value_usd"]
            ax.annotate(f"{start}–{end}\n{g['cagr_pct']:+.0f} %/yr", (math.sqrt(start * end), math.sqrt(a.iloc[0] * a.iloc[1])),
                        xytext=(0, 20), textcoords="offset points", ha="center", fontsize=7.5, color="#333333")
        shown = events[events["event_id"].isin(TIMELINE_EVENTS)].drop_duplicates("event_id")
        for ev in shown.to_dict("records"):
            ax.axvline(ev["year"], color="#999999", lw=0.6, ls="--", zorder=0)
            ax.text(ev["year"] + 0.3, 1.2e8, f"{ev['event']} ({ev['year']})", rotation=90, fontsize=6.5,
                    color="#666666", va="bottom")
        ax.set_yscale("log")
        ax.yaxis.set_minor_locator(NullLocator())  # decades only: minor log ticks add clutter and drawing time
        ax.set_ylim(8e7, 4e11)
        ax.set_xlim(1957, 2016)
        ax.yaxis.set_major_formatter(FuncFormatter(billions))
        ax.set_ylabel("turnover, current US$ (log scale)")
        ax.set_xlabel("year")
        ax.set_title("Russia(USSR)–Japan trade turnover, 1960–2014: stated, derived and interpolated values")
        ax.legend(loc="upper left", bbox_to_anchor=(0.27, 0.9), fontsize=7.5)
        footnote(fig, "Sources: " + source_names(annual["source_id"]) + ". Bars show the interval each figure admits; "
                 "growth rates are compound annual rates between the years named. Points are the Soviet/Russian side "
                 "where given, else Japan's side (reported_by in annual_series.csv).")
        fig.subplots_adjust(bottom=0.16, top=0.93, left=0.09, right=0.98)
    plt.close(fig)  # detached from pyplot: shown once in a notebook, never left open
    return fig


def _dip_panel(ax, series: pd.DataFrame, years, colour: str, title: str) -> pd.DataFrame:
    turnover = series[(series["flow"] == "turnover") & (series["period"] == "annual") & series["year"].isin(years)]
    for row in turnover.to_dict("records"):
        if row["status"] == "missing":
            ax.text(row["year"], 0, "no figure", rotation=90, ha="center", va="bottom", fontsize=7, color="#777777")
            continue
        open_ended = not math.isfinite(row["high"])
        hatch = "////" if row["status"] == "derived" else None
        ax.bar(row["year"], row["value_usd"], color="white" if hatch or open_ended else colour, edgecolor=colour,
               hatch=hatch, width=0.6, lw=1.2)
        if open_ended:
            ax.annotate("", xy=(row["year"], row["value_usd"] * 1.15), xytext=(row["year"], row["value_usd"]),
                        arrowprops={"arrowstyle": "-|>", "color": colour})
            ax.text(row["year"], row["value_usd"] * 1.17, "more than", ha="center", fontsize=7, color=colour)
    closed = turnover[np.isfinite(turnover["high"])]
    whiskers(ax, closed["year"], closed)
    fall = year_on_year(series)
    fall = fall[fall["year"] == 2009]
    if not fall.empty:
        f = fall.iloc[0]
        title += (f"\n2009 on 2008: {f['high']:+.0f} % or lower" if f["low"] <= -99.9
                  else f"\n2009 on 2008: {f['growth_pct']:+.1f} % [{f['low']:+.1f}, {f['high']:+.1f}]")
    ax.set_title(title, fontsize=10)
    ax.set_xticks(list(years))
    ax.set_ylim(0, turnover["value_usd"].max() * 1.3)
    ax.yaxis.set_major_formatter(FuncFormatter(billions))
    ax.set_ylabel("turnover, current US$")
    return turnover


def dip_figure(rus: pd.DataFrame | None = None, chn: pd.DataFrame | None = None):
    """The 2009 fall: Russia–Japan beside Japan–China, 2006–2010."""
    rus = annual_series("RUS", "JPN") if rus is None else rus
    chn = annual_series("JPN", "CHN") if chn is None else chn
    years = range(2006, 2011)
    with styled():
        fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.8))
        shown = pd.concat([_dip_panel(left, rus, years, COLOURS["stated"], "Russia–Japan"),
                           _dip_panel(right, chn, years, COLOURS["china"], "Japan–China")])
        fig.suptitle("The 2009 dip: trade turnover 2006–2010, Russia–Japan and Japan–China", x=0.01, ha="left",
                     fontweight="bold", fontsize=11)
        footnote(fig, "Sources: " + source_names(shown["source_id"]) + ". Hatched bars are derived "
                 "from stated growth rates (Russia–Japan 2006; Japan–China 2008 from JETRO's -12.8 %); open bars "
                 "with arrows are 'more than' figures. Whiskers: the interval each figure admits.")
        fig.subplots_adjust(bottom=0.15, top=0.8, wspace=0.3, left=0.08, right=0.98)
    plt.close(fig)  # detached from pyplot: shown once in a notebook, never left open
    return fig


SHARE_ROWS = (
    ("th_share_rus_trade", "Japan's share of Russia's trade ('currently', article)"),
    ("th_share_fdi", "Japan's share of foreign investment in Russia (article)"),
    ("th_share_jpn_trade", "Russia's share of Japan's trade (article)"),
    ("su_jp_1960_share", "Japan's share of USSR trade, 1960 (Soviet figures)"),
    ("su_jp_1988_share", "Japan's share of USSR trade, 1988 (Soviet figures)"),
    ("ru_jp_2001_share", "Russia's share of Japan's trade, 2001 (ERINA)"),
)


def china_figure(rus: pd.DataFrame | None = None, chn: pd.DataFrame | None = None, obs: pd.DataFrame | None = None):
    """Japan–China against Japan–Russia turnover, their ratio, and the share figures."""
    rus = annual_series("RUS", "JPN") if rus is None else rus
    chn = annual_series("JPN", "CHN") if chn is None else chn
    obs = observations() if obs is None else obs
    known = ["stated", "derived"]
    shown = (rus["flow"] == "turnover") & (rus["period"] == "annual") & rus["status"].isin(known) & (rus["year"] >= 1978)
    r = rus[shown].set_index("year")
    c = chn[(chn["flow"] == "turnover") & (chn["period"] == "annual") & chn["status"].isin(known)].set_index("year")
    with styled():
        fig = plt.figure(figsize=(11, 6))
        grid = fig.add_gridspec(2, 2, width_ratios=[1.4, 1], height_ratios=[1.3, 1], hspace=0.35, wspace=0.62)
        levels, ratio, shares = fig.add_subplot(grid[0, 0]), fig.add_subplot(grid[1, 0]), fig.add_subplot(grid[:, 1])
        plot_levels(levels, r.reset_index(), COLOURS["stated"], "Russia–Japan")
        plot_levels(levels, c.reset_index(), COLOURS["china"], "Japan–China")
        levels.set_yscale("log")
        levels.yaxis.set_minor_locator(NullLocator())
        levels.set_xlim(1978, 2015)
        levels.yaxis.set_major_formatter(FuncFormatter(billions))
        levels.set_ylabel("turnover, current US$ (log)")
        levels.set_title("Turnover, years with a figure", fontsize=10)
        levels.legend(fontsize=6.5, loc="upper left")
        both = sorted(set(r.index) & set(c.index))
        mid = c.loc[both, "value_usd"] / r.loc[both, "value_usd"]
        lo = (c.loc[both, "low"] / r.loc[both, "high"]).fillna(0.0)  # over a "more than" figure: down to 0
        hi = (c.loc[both, "high"] / r.loc[both, "low"]).clip(upper=100)
        ratio.errorbar(both, mid, yerr=[mid - lo, hi - mid], fmt="o", color="#5b3a8a", capsize=2, ms=4)
        ratio.axhline(10, color="#b5452b", ls="--", lw=1)
        ratio.text(both[0] if both else 1995, 10.5, "article: 'more than 10 times'", fontsize=7.5, color="#b5452b")
        ratio.set_ylabel("Japan–China / Russia–Japan")
        ratio.set_xlabel("year")
        ratio.set_title("How many times larger Japan–China trade is", fontsize=10)
        rows = obs.set_index("obs_id").loc[[i for i, _ in SHARE_ROWS if i in set(obs["obs_id"])]]
        labels = [dict(SHARE_ROWS)[i] for i in rows.index]
        y = np.arange(len(rows))[::-1]
        shares.barh(y, rows["value"], color=["#1f4e79" if s == "article_th" else "#8fa9c4" for s in rows["source_id"]], height=0.6)
        for yi, row in zip(y, rows.to_dict("records")):
            prefix = "less than " if row["bound"] == "at_most" else ""
            shares.text(row["value"] + 0.05, yi, f"{prefix}{row['value']:g} %", va="center", fontsize=8)
        shares.set_yticks(y, [textwrap.fill(label, 30) for label in labels], fontsize=7.5)
        shares.set_xlabel("percent")
        shares.set_xlim(0, 5)
        shares.set_title("Shares stated (no year unless named)", fontsize=10)
        fig.suptitle("Japan versus China: Japan–China and Russia–Japan trade, and Russia's weight for Japan, 1980–2013",
                     x=0.01, ha="left", fontweight="bold", fontsize=11)
        footnote(fig, "Sources: " + source_names(pd.concat([r, c])["source_id"]) + ". Japan–China: JETRO (Japan's "
                 "statistics, China excluding Hong Kong) and the article (238 bn, year from context: 2007). "
                 "Ratios use each year's intervals; arrows mark 'more than' figures.")
        fig.subplots_adjust(bottom=0.16, top=0.9, left=0.07, right=0.98)
    plt.close(fig)  # detached from pyplot: shown once in a notebook, never left open
    return fig


def structure_figure(shares: pd.DataFrame | None = None):
    """What is traded: the article's structure of Russia's exports to and imports from Japan."""
    shares = commodity_shares(with_values=False) if shares is None else shares
    article = shares[shares["source_id"] == "article_th"]
    with styled():
        fig, (bars, over_time) = plt.subplots(2, 1, figsize=(10, 6.4), height_ratios=[1.25, 1])
        for y, flow, label in ((1, "export", "Russia's exports to Japan"), (0, "import", "Russia's imports from Japan")):
            rows = article[article["russia_flow"] == flow]
            rows = pd.concat([rows[rows["category"] != OTHER], rows[rows["category"] == OTHER]])
            left, used = 0.0, {k: 0 for k in CLASS_COLOURS}
            for row in rows.to_dict("records"):
                palette = CLASS_COLOURS[row["class"]]
                colour = palette[used[row["class"]] % len(palette)]
                used[row["class"]] += 1
                bars.barh(y, row["share_pct"], left=left, color=colour, edgecolor="white",
                          hatch="xx" if row["class"] == "mixed" else None, height=0.6)
                if row["share_pct"] >= 6:  # about 1.1 characters of 6.8 pt text fit per percent of width
                    inside = f"{textwrap.fill(row['category'], int(row['share_pct'] * 1.1))}\n{row['share_pct']:g} %"
                    bars.text(left + row["share_pct"] / 2, y, inside, ha="center", va="center", fontsize=6.8)
                left += row["share_pct"]
            bars.text(-1, y, label, ha="right", va="center", fontsize=8.5)
            small = [f"{r['category']} {r['share_pct']:g} %" for r in rows.to_dict("records") if r["share_pct"] < 6]
            if small:
                bars.text(0, y + 0.33, "not labelled: " + "; ".join(small), fontsize=6.8, va="bottom", color="#333333")
        bars.set_xlim(0, 100)
        bars.set_yticks([])
        bars.set_xlabel("share of the flow, percent (reference period not stated by the article)")
        bars.set_title("The article's structure: raw materials out, manufactures in", fontsize=10)
        handles = [plt.Rectangle((0, 0), 1, 1, color=CLASS_COLOURS[k][0], hatch="xx" if k == "mixed" else None)
                   for k in ("primary", "manufactured", "mixed", "unknown")]
        bars.legend(handles, ["primary (SITC 0-4, 68)", "manufactured (SITC 5-8)", "mixed", "not stated (remainder)"],
                    ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.3), fontsize=7.5)
        measure = structure_measure(shares)
        for i, row in enumerate(measure.sort_values(["russia_flow", "reference_period"]).to_dict("records")):
            colour = CLASS_COLOURS["primary"][0] if row["russia_flow"] == "export" else CLASS_COLOURS["manufactured"][0]
            over_time.plot([row["primary_low"], row["primary_high"]], [i, i], color=colour, lw=5, solid_capstyle="butt")
        ordered = measure.sort_values(["russia_flow", "reference_period"])
        over_time.set_yticks(range(len(measure)), [
            f"{'exports' if r['russia_flow'] == 'export' else 'imports'}: {source_names([r['source_id']])}, "
            f"{'period not stated' if r['reference_period'].startswith('not') else r['reference_period']}"
            for r in ordered.to_dict("records")], fontsize=7)
        over_time.set_xlim(0, 100)
        over_time.set_xlabel("primary goods, percent of the flow (interval: mixed and unstated categories may be either)")
        over_time.set_title("Primary share by source and period", fontsize=10)
        fig.suptitle("Commodity structure of Russia–Japan trade: the article's shares and other sources, 1985–2014",
                     x=0.01, ha="left", fontweight="bold", fontsize=11)
        footnote(fig, "Sources: " + source_names(shares["source_id"]) + ". Primary/manufactured by UNCTAD's SITC grouping; "
                 "mapping to HS codes in rjtrade/categories.py. The remainder is computed as 100 % less the stated shares.")
        fig.subplots_adjust(bottom=0.15, top=0.9, hspace=0.8, left=0.3, right=0.97)
    plt.close(fig)  # detached from pyplot: shown once in a notebook, never left open
    return fig


def partial_year_figure(rus: pd.DataFrame | None = None, obs: pd.DataFrame | None = None):
    """January–September 2014 against January–September 2013 (derived from the stated growth)."""
    rus = annual_series("RUS", "JPN") if rus is None else rus
    obs = observations() if obs is None else obs
    partial = rus[rus["period"] == "jan-sep"].set_index(["flow", "year"])
    growth = obs[(obs["measure"] == "growth") & (obs["period"] == "jan-sep")].set_index("flow")
    flows = [("export", "exports"), ("import", "imports"), ("turnover", "turnover")]
    with styled():
        fig, ax = plt.subplots(figsize=(8, 4.8))
        x = np.arange(len(flows))
        for offset, year in ((-0.2, 2013), (0.2, 2014)):
            rows = partial.xs(year, level="year").loc[[flow for flow, _ in flows]]
            derived = (rows["status"] == "derived").all()
            ax.bar(x + offset, rows["value_usd"], width=0.38, color="white" if derived else COLOURS["stated"],
                   edgecolor=COLOURS["stated"], hatch="////" if derived else None,
                   label=f"Jan–Sep {year}" + (" (derived from the stated growth)" if derived else " (stated)"))
            whiskers(ax, x + offset, rows)
        for i, (flow, _label) in enumerate(flows):
            ax.text(i + 0.2, partial.loc[(flow, 2014), "value_usd"] * 1.03, f"{growth.loc[flow, 'value']:+.1f} %",
                    ha="center", fontsize=9, fontweight="bold")
        ax.set_xticks(range(len(flows)), [label for _, label in flows])
        ax.yaxis.set_major_formatter(FuncFormatter(billions))
        ax.set_ylabel("current US$, January–September")
        ax.set_title("Russia–Japan trade, January–September 2014 against the same months of 2013")
        ax.set_ylim(0, partial["value_usd"].max() * 1.25)
        ax.legend(loc="upper left")
        footnote(fig, "Source: the Thai article (line 100), citing the Federal Customs Service of Russia (Russia's side). "
                 "2013 values are derived: 2014 value / (1 + growth). Whiskers: the interval each figure admits.")
        fig.subplots_adjust(bottom=0.16, top=0.9)
    plt.close(fig)  # detached from pyplot: shown once in a notebook, never left open
    return fig


FIGURES = {
    "growth_1960_2014": growth_figure,
    "dip_2009": dip_figure,
    "japan_vs_china": china_figure,
    "commodity_structure": structure_figure,
    "jan_sep_2014": partial_year_figure,
}
assert set(FIGURES) == set(CHART_NAMES)


def figure_bytes(fig) -> dict[str, bytes]:
    """PNG and SVG of a figure, without date or software metadata, so rebuilds are byte-identical."""
    out = {}
    with styled():
        for fmt, options in (
            ("png", {"metadata": {"Software": None}, "pil_kwargs": {"compress_level": 3}}),  # quick to encode
            ("svg", {"metadata": {"Date": None, "Creator": None}}),
        ):
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, **options)
            out[fmt] = buffer.getvalue()
    plt.close(fig)
    return out


def chart_tables() -> dict:
    """The library tables the charts are drawn from, computed once per render."""
    return {"rus": annual_series("RUS", "JPN"), "chn": annual_series("JPN", "CHN"), "obs": observations()}


def draw(names, tables: dict) -> dict[Path, bytes]:
    """The named charts as {path: bytes} under reports/figures/."""
    rus, chn, obs = tables["rus"], tables["chn"], tables["obs"]
    drawn = {
        "growth_1960_2014": lambda: growth_figure(interpolated(rus)),
        "dip_2009": lambda: dip_figure(rus, chn),
        "japan_vs_china": lambda: china_figure(rus, chn, obs),
        "commodity_structure": structure_figure,
        "jan_sep_2014": lambda: partial_year_figure(rus, obs),
    }
    files = {}
    for name in names:
        for fmt, data in figure_bytes(drawn[name]()).items():
            files[paths.FIGURES_DIR / f"{name}.{fmt}"] = data
    return files


def _draw_in_turn(names, tables: dict, taken) -> dict[Path, bytes]:
    """Take the next chart not yet taken by any process (a shared counter) and draw it, until none is left."""
    files = {}
    while True:
        with taken.get_lock():
            index = taken.value
            taken.value += 1
        if index >= len(names):
            return files
        files |= draw([names[index]], tables)


def _draw_and_send(names, tables: dict, taken, sender) -> None:
    """In a forked child: draw charts in turn and send the files, or the error, to the parent."""
    try:
        sender.send(_draw_in_turn(names, tables, taken))
    except Exception as error:
        sender.send(RjtradeError(f"drawing the charts failed: {error!r}"))
    finally:
        sender.close()


def _receive(child, receiver) -> dict[Path, bytes]:
    try:
        part = receiver.recv()
    except EOFError:
        child.join()
        part = RjtradeError(f"a process drawing the charts stopped (exit code {child.exitcode})")
    if isinstance(part, Exception):
        raise part
    return part


def render_all(names=None, workers: int | None = None) -> dict[Path, bytes]:
    """Every chart (or the named ones) as {path: bytes}, in the order of CHART_NAMES.

    The tables are computed once; then, where the system can fork (Linux), one process
    per core (this one and forked children that inherit matplotlib already imported)
    each take the next chart not yet drawn, longest first, until none is left.
    Elsewhere the charts are drawn one after another. Both ways give the same bytes.
    """
    unknown = sorted(set(names or ()) - set(CHART_NAMES))
    if unknown:
        raise RjtradeError(f"unknown chart {', '.join(unknown)} (charts: {', '.join(CHART_NAMES)})")
    names = [n for n in CHART_NAMES if not names or n in names]
    tables = chart_tables()
    workers = min(workers or os.cpu_count() or 1, len(names))
    if workers < 2 or not sys.platform.startswith("linux"):
        return draw(names, tables)
    context = multiprocessing.get_context("fork")
    taken = context.Value("i", 0)
    children = []
    with warnings.catch_warnings():
        # The only other threads are numpy's OpenBLAS and pyarrow's jemalloc pools, idle
        # here and both fork-aware; Python 3.12+ warns about any thread at fork time.
        warnings.filterwarnings("ignore", "This process .* is multi-threaded", DeprecationWarning)
        for _ in range(workers - 1):
            receiver, sender = context.Pipe(duplex=False)
            child = context.Process(target=_draw_and_send, args=(names, tables, taken, sender), daemon=True)
            child.start()
            sender.close()
            children.append((child, receiver))
    try:
        files = _draw_in_turn(names, tables, taken)
        for child, receiver in children:
            files |= _receive(child, receiver)
    finally:
        for child, receiver in children:
            child.terminate()  # nothing to stop once it has sent; after an error, stops one still drawing
            child.join()
            receiver.close()
    return {path: files[path] for path in sorted(files, key=lambda p: CHART_NAMES.index(p.stem))}
