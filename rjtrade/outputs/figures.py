"""Charts: each a function drawing what rjtrade/outputs/chartdata.py computed, returning a Figure.

Stated points are filled, derived points hollow diamonds, consecutive known years
joined by a thin solid line and interpolated stretches by a dotted one, "more than"
figures drawn as a bar with an arrow of one fixed length on every chart, partial years
as grey squares. Every chart has a title saying what and when, units on its axes and
a source footnote. `figure_bytes` gives PNG, SVG and PDF bytes that are identical from
one build to the next (fixed svg.hashsalt, no date or software metadata).

Every drawing takes the language (`lang`, "en" or "th") and looks each word up in
rjtrade/outputs/words.py; amounts and years are written there (Thai: multiplier words,
Buddhist-era years). Thai charts use the Noto Sans Thai font of the package
fontpkg-noto-sans-thai, registered with matplotlib's font manager and chosen only inside
the charts' style context: the user's rcParams are never changed.
"""

from __future__ import annotations

import io
import itertools
import math
import textwrap
import unicodedata
from functools import cache
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
from matplotlib import font_manager
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator
from matplotlib.transforms import offset_copy

from .. import config
from ..analyses import backbone
from ..claims import verdicts
from ..schema import USSR_LAST_YEAR
from . import chartdata, words
from .chartdata import off_scale_note, structure_label
from .words import say, signed

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


THAI_FONT_FILE = "NotoSansThai[wdth,wght].ttf"
THAI_BOLD_WEIGHT = 700


def _bold_instance(font: Path) -> Path:
    """The bold instance of the variable Thai font (matplotlib draws a variable font at its
    default weight only), written once to matplotlib's cache folder."""
    from fontTools.ttLib import TTFont
    from fontTools.varLib.instancer import instantiateVariableFont

    folder = Path(matplotlib.get_cachedir()) / "rjtrade"
    bold = folder / f"NotoSansThai-Bold-{font.stat().st_size}.ttf"
    if not bold.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        instance = instantiateVariableFont(
            TTFont(font), {"wght": THAI_BOLD_WEIGHT, "wdth": 100}, updateFontNames=False
        )
        instance["OS/2"].usWeightClass = THAI_BOLD_WEIGHT
        partial = bold.with_suffix(".part")
        instance.save(partial)
        partial.replace(bold)
    return bold


@cache
def thai_font() -> str:
    """Register Noto Sans Thai (regular and bold) with matplotlib's font manager, once; its
    family name. Registering adds the font to those matplotlib can find; it changes no
    setting: only the charts' style context chooses it."""
    import fontpkg_noto_sans_thai as noto

    font = noto.ROOT / "files" / THAI_FONT_FILE
    for path in (font, _bold_instance(font)):
        font_manager.fontManager.addfont(str(path))
    return noto.FAMILY


LANGUAGE_STYLES = {  # per language, on top of rjtrade.mplstyle: the font
    "en": dict,
    "th": lambda: {
        "font.family": [thai_font(), "DejaVu Sans"],
        "svg.fonttype": "path",  # Thai SVGs look the same without the font installed
    },
}


def styled(lang: str = "en"):
    """The charts' style (rjtrade.mplstyle and the language's font), for one `with` block."""
    words.words(lang)  # an unknown language is an error before anything is drawn
    return plt.style.context([str(config.STYLE_FILE), LANGUAGE_STYLES[lang]()])


ARROW_POINTS = 16  # length of every "more than" arrow, in points, whatever the axis
SAVE_OPTIONS = {  # per format: no date or software metadata, so rebuilds are byte-identical
    "png": {"metadata": {"Software": None}, "pil_kwargs": {"compress_level": 3}},
    "svg": {"metadata": {"Date": None, "Creator": None}},
    "pdf": {"metadata": {"Creator": None, "Producer": None, "CreationDate": None}},
}
MUTED = "#555555"


def billions(value, _pos=None, lang: str = "en") -> str:
    """A tick label in US$: '0', '150 mn', '12 bn' (Thai: '150 ล้าน', '1.2 หมื่นล้าน')."""
    return words.money_tick(value, lang)


def money_formatter(lang: str) -> FuncFormatter:
    return FuncFormatter(lambda value, pos: billions(value, pos, lang))


def billions_formatter(lang: str) -> FuncFormatter:
    """A linear axis in US$ billions, one unit on every tick (Thai: never พัน- and หมื่นล้าน
    on one axis)."""
    return FuncFormatter(
        lambda v, _pos: (
            say("money.zero", lang) if v == 0 else say("money.bn", lang, value=f"{v / 1e9:g}")
        )
    )


def year_axis(ax, lang: str) -> None:
    """The x axis in years: its label, and each tick in the language's era (Thai: the
    Buddhist-era year with the Common Era year beneath)."""
    ax.set_xlabel(say("axis.year", lang))
    if lang != "en":
        ax.xaxis.set_major_formatter(
            FuncFormatter(
                lambda v, _pos: words.year(round(v), lang, "year.tick") if v == round(v) else ""
            )
        )


def visible_ratio(text: str) -> float:
    """Characters per visible character: Thai vowel and tone marks (combining, category Mn)
    take no width of their own, so a line may hold that many more characters."""
    marks = sum(unicodedata.category(char) == "Mn" for char in text)
    return len(text) / max(len(text) - marks, 1)


def footnote(fig, text: str, width: int = 190):
    """Source note at the foot of the figure, wrapped by character count (cheaper than layout)."""
    chars = int(width * fig.get_figwidth() / 10 * visible_ratio(text))
    return fig.text(
        0.01,
        0.008,
        "\n".join(textwrap.wrap(plain(text), chars)),
        fontsize=7,
        color="#444444",
        ha="left",
        va="bottom",
    )


def plain(text: str) -> str:
    """Text drawn as written: a dollar sign is not the start of mathematics."""
    return text.replace("$", r"\$")


FIT_PAD = 4  # pixels (at 100 dpi) kept between the axes and the figure's edges, title, note


def fit(fig, note) -> None:
    """Move the margins in where an axes (its tick labels, axis labels, titles, legends and
    annotations) would reach past the figure's edge, into the title or into the source note:
    words of another language are longer, and Thai year ticks have two lines. A chart that
    fits is left as it is."""
    renderer = fig.canvas.get_renderer()
    width, height = fig.bbox.width, fig.bbox.height
    boxes = [ax.get_tightbbox(renderer) for ax in fig.axes]
    params, moved = fig.subplotpars, {}
    floor = note.get_window_extent(renderer).y1 + FIT_PAD
    if (low := min(box.y0 for box in boxes)) < floor:
        moved["bottom"] = params.bottom + (floor - low) / height
    if (left := min(box.x0 for box in boxes)) < FIT_PAD:
        moved["left"] = params.left + (FIT_PAD - left) / width
    if (right := max(box.x1 for box in boxes)) > width - FIT_PAD:
        moved["right"] = params.right - (right - width + FIT_PAD) / width
    ceiling = height - FIT_PAD
    if fig._suptitle is not None:
        ceiling = fig._suptitle.get_window_extent(renderer).y0 - FIT_PAD
    if (top := max(box.y1 for box in boxes)) > ceiling:
        moved["top"] = params.top - (top - ceiling) / height
    if moved:
        fig.subplots_adjust(**moved)


def chart_title(key: str, data: dict, lang: str) -> str:
    """A chart's title in `lang`, naming the years its data span."""
    return say(key, lang, years=words.years(data["first"], data["last"], lang, "years.title"))


def finished(fig, note: str, title: str | None = None, **margins):
    """The figure with its title across the top (if given), source footnote and margins, detached
    from pyplot: a notebook shows it once and nothing is left open."""
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=11)
    text = footnote(fig, note)
    fig.subplots_adjust(**margins)
    fit(fig, text)
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


def log_limits(values, below: float = 1.7, above: float = 2.2) -> tuple[float, float]:
    """Log-axis limits around the finite positive values, with room below and above."""
    shown = [v for v in values if finite(v) and v > 0]
    return min(shown) / below, max(shown) * above


def log_money_axis(
    ax, ylabel: str, ylim: tuple[float, float] | None = None, lang: str = "en"
) -> None:
    """A log y axis in US$ with decade ticks only (minor log ticks add clutter)."""
    ax.set_yscale("log")
    ax.yaxis.set_minor_locator(NullLocator())
    if ylim:
        ax.set_ylim(*ylim)
    ax.yaxis.set_major_formatter(money_formatter(lang))
    ax.set_ylabel(ylabel)


def period_labels(ax, y: float = 0.97, lang: str = "en") -> None:
    """'USSR (SUN)' and 'Russia (RUS)' either side of the break, near the top of the axes."""
    top = ax.get_xaxis_transform()
    style = {"fontsize": 8.5, "color": MUTED, "va": "top", "transform": top}
    ax.text(USSR_LAST_YEAR - 0.2, y, say("economy.SUN", lang), ha="right", **style)
    ax.text(USSR_LAST_YEAR + 1.2, y, say("economy.RUS", lang), ha="left", **style)


# Verdicts by shape and colour: the one palette of rjtrade.claims.verdicts.
VERDICT_COLOURS, VERDICT_MARKERS = verdicts.COLOURS, verdicts.MARKERS
VERDICT_TEXT = verdicts.TEXT_COLOURS
VIEW_STYLES = {
    "partner": {"color": "#1f4e79", "ls": "-", "lw": 1.8},
    "JPN": {"color": "#56B4E9", "ls": (0, (4, 2)), "lw": 1.8},  # sky blue, dashed
}
PAIR_COLOURS = {"SUN": "#1f4e79", "RUS": "#1f4e79", "CHN": "#CC79A7"}  # China: reddish purple
# How a claim was made, by the marker's fill: stated filled, derived hollow, part of a
# year half filled; 'more than' an arrow up.
KIND_FILLS = {"stated": "full", "derived": "none", "partial": "bottom"}
DERIVED_OFFSET = 0.45  # years: a derived claim sits beside a stated one of the same year
CLAIM_NUDGE = 0.22  # years: a claim moved off the first point of a line it would hide
MORE_OFFSET = 0.4  # years: a 'more than' arrow stands left of the line's point, not on it


def official_lines(ax, lines: list[dict], labels: dict[str, str], colours=None) -> None:
    """The official series, one line per run of years and economy (none across 1991/1992)."""
    labelled = set()
    for line in lines:
        style = dict(VIEW_STYLES[line["view"]])
        key = line["view"]
        if colours:
            style["color"] = key = colours[line["economy"]]
        ax.plot(
            line["years"],
            line["values"],
            zorder=2,
            label=None if key in labelled else labels[key],
            **style,
        )
        labelled.add(key)


# A figure flagged by a stated anomaly rule: a hollow black ring around its point (no
# verdict's shape or colour), a legend entry naming the rule in a few words, the rule itself
# in the footnote; a break in total trade also breaks the line.
FLAG_RING = {"marker": "o", "ms": 12, "mfc": "none", "mec": "black", "mew": 1.2, "ls": ""}


def flag_rings(ax, points: list[dict], x: str = "year", y: str = "value_usd", **style) -> None:
    """Rings around the flagged points of one series (points with flag, x and y keys)."""
    flagged = [p for p in points if p.get("flag")]
    if flagged:
        ax.plot(
            column(flagged, x),
            column(flagged, y),
            **(FLAG_RING | {"zorder": 6, "gid": "flagged"} | style),
        )


def line_points(lines: list[dict]) -> list[dict]:
    """The points of official lines (years, values, flags) as rows: year, value_usd, flag."""
    return [
        {"year": year, "value_usd": value, "flag": flag, "flag_kind": kind}
        for line in lines
        for year, value, flag, kind in zip(
            line["years"], line["values"], line["flags"], line["flag_kinds"], strict=True
        )
    ]


flag_kinds = chartdata.flag_kinds


def flag_handles(kinds: list[str], lang: str) -> tuple[list, list]:
    """The legend entry of the flags drawn: the ring, and each rule in a few words."""
    if not kinds:
        return [], []
    reasons = say("flag.join", lang).join(say(f"flag.{kind}", lang) for kind in kinds)
    return [Line2D([], [], **(FLAG_RING | {"ms": 8}))], [say("flag.label", lang, reasons=reasons)]


def flag_note(kinds: list[str], lang: str) -> str:
    """The footnote's sentence on the flags drawn: each rule as backbone states it."""
    if not kinds:
        return ""
    numbers = {
        "factor": f"{backbone.ANOMALY_FACTOR:g}",
        "level": f"{backbone.TOTAL_LEVEL_FACTOR:g}",
        "window": 2 * backbone.TOTAL_WINDOW + 1,
        "brk": f"{backbone.TOTAL_BREAK_FACTOR:g}",
    }
    rules = say("list.join", lang).join(say(f"flag.rule.{k}", lang, **numbers) for k in kinds)
    return say("flag.note", lang, rules=rules)


def claim_kind(claim: dict) -> str:
    """stated, derived or partial (part of a year): the fill of the claim's marker."""
    if claim["period"] != "annual":
        return "partial"
    return "derived" if claim["status"] == "derived" else "stated"


def verdict_marker(ax, x: float, y: float, verdict: str, kind: str = "stated", **style):
    """One claim's mark: the verdict's shape and colour, filled by how it was made."""
    colour = VERDICT_COLOURS[verdict]
    fill = KIND_FILLS[kind]
    options = {
        "marker": VERDICT_MARKERS[verdict],
        "ls": "",
        "color": colour,
        "mec": colour,
        "mew": 1.5,
        "ms": 7,
        "zorder": 5,
        "fillstyle": "full" if fill == "none" else fill,
        "mfc": "white" if fill == "none" else colour,
        "mfcalt": "white",
    }
    return ax.plot([x], [y], **(options | style))


def claim_points(ax, claims: list[dict], offsets: dict | None = None) -> None:
    """The article's claims: shape and colour by verdict; fill by kind (stated filled,
    derived hollow, part of a year half filled; a derived claim beside a stated one of the
    same year), 'more than' an arrow up from the verdict's mark. `offsets`: x shifts by
    obs_id, where a mark would hide a line's end."""
    stated_years = {c["year"] for c in claims if c["status"] == "stated"}
    for claim in claims:
        colour = VERDICT_COLOURS[claim["verdict"]]
        kind = claim_kind(claim)
        x = claim["year"] + (
            DERIVED_OFFSET if kind == "derived" and claim["year"] in stated_years else 0
        )
        x += (offsets or {}).get(claim.get("obs_id"), 0)
        value = claim["value_usd"]
        if not finite(claim["high"]):
            x -= MORE_OFFSET
            more_than(ax, x, value, colour)
            verdict_marker(ax, x, value, claim["verdict"], kind, ms=5.5)
            continue
        ax.errorbar(
            [x],
            [value],
            yerr=[[value - claim["low"]], [claim["high"] - value]],
            fmt="none",
            ecolor=colour,
            capsize=2.5,
            lw=1.1,
            zorder=4,
        )
        verdict_marker(ax, x, value, claim["verdict"], kind)


def claim_handles(claims: list[dict], lang: str = "en") -> tuple[list, list]:
    """Legend entries: one per verdict shown (its shape and colour), one per kind shown."""
    shown = [v for v in verdicts.VERDICTS if any(c["verdict"] == v for c in claims)]
    handles = [
        Line2D([], [], ls="", color=VERDICT_COLOURS[v], marker=VERDICT_MARKERS[v], ms=7)
        for v in shown
    ]
    labels = [say("claim.verdict", lang, verdict=say(f"verdict.{v}", lang)) for v in shown]
    kinds = [k for k in KIND_FILLS if any(claim_kind(c) == k for c in claims)]
    if len(kinds) > 1 or kinds != ["stated"]:
        for kind in kinds:
            fill = KIND_FILLS[kind]
            handles.append(
                Line2D(
                    [], [], marker="o", ls="", color="black", mec="black", ms=6,
                    fillstyle="full" if fill == "none" else fill,
                    mfc="white" if fill == "none" else "black", mfcalt="white",
                )
            )  # fmt: skip
            labels.append(say(f"kind.{kind}", lang))
    if any(not finite(c["high"]) for c in claims):
        handles.append(Line2D([], [], marker="^", ls="", color="black", ms=6))
        labels.append(say("kind.more", lang))
    return handles, labels


def basis_strip(ax, spans: list[dict], y: float, colour: str, lang: str = "en") -> None:
    """Brackets along the bottom naming whose statistics each run of years is."""
    bottom = ax.get_xaxis_transform()
    for span in spans:
        first, last = span["first"] - 0.4, span["last"] + 0.4
        ax.plot(
            [first, first, last, last],
            [y + 0.012, y, y, y + 0.012],
            color=colour,
            lw=0.8,
            transform=bottom,
            clip_on=False,
            zorder=3,
        )
        ax.text(
            (first + last) / 2,
            y + 0.016,
            say(
                "strip.span",
                lang,
                words=words.basis_words(span["basis"], lang),
                years=words.years(span["first"], span["last"], lang),
            ),
            ha="center",
            va="bottom",
            fontsize=6.5,
            linespacing=1.0,
            color=colour,
            transform=bottom,
            bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.85},
        )


def spans_text(spans: list[dict], lang: str = "en") -> str:
    return say("list.join", lang).join(
        say(
            "spans.item",
            lang,
            years=words.years(s["first"], s["last"], lang),
            words=words.basis_words(s["basis"], lang),
        )
        for s in spans
    )


def view_labels(lang: str) -> dict[str, str]:
    return {view: say(f"view.{view}", lang) for view in VIEW_STYLES}


def growth_figure(data: dict, lang: str = "en") -> Figure:
    """Russia(USSR)–Japan turnover 1960–2014, official lines and the article's claims."""
    with styled(lang):
        fig, ax = plt.subplots(figsize=(10, 6))
        ax.axvspan(1955, USSR_LAST_YEAR + 0.5, color="#f2f2f2", zorder=0)
        official_lines(ax, data["lines"], view_labels(lang))
        points = line_points(data["lines"])
        flag_rings(ax, points)
        claim_points(ax, data["claims"])
        values = [v for line in data["lines"] for v in line["values"]]
        values += [c["value_usd"] for c in data["claims"]]
        log_money_axis(ax, say("growth.axis", lang), log_limits(values, 2.6, 2.6), lang)
        basis_strip(ax, data["bases"], 0.03, VIEW_STYLES["partner"]["color"], lang)
        period_labels(ax, lang=lang)
        ax.set_xlim(1957, 2016)
        year_axis(ax, lang)
        kinds = flag_kinds(points)
        line_handles, line_labels = ax.get_legend_handles_labels()
        rings, ring_labels = flag_handles(kinds, lang)
        lines = ax.legend(
            line_handles + rings,
            line_labels + ring_labels,
            loc="upper left",
            bbox_to_anchor=(0.0, 0.93),
            fontsize=7.5,
        )
        handles, labels = claim_handles(data["claims"], lang)
        ax.add_artist(lines)
        ax.legend(
            handles,
            labels,
            loc="lower right",
            bbox_to_anchor=(1.0, 0.1),
            fontsize=7.5,
            title=say("growth.legend", lang),
            title_fontsize=7.5,
            frameon=True,
            facecolor="white",
            edgecolor="none",
            framealpha=0.92,
        )
        note = say(
            "growth.note",
            lang,
            sources=words.source_names(data["cited"], lang),
            partner=spans_text(data["bases"], lang),
            japan=spans_text(data["japan_own_years"], lang),
        ) + flag_note(kinds, lang)
        return finished(
            fig,
            note,
            chart_title("growth.title", data, lang),
            bottom=0.17,
            top=0.93,
            left=0.09,
            right=0.98,
        )


def _index_panel(ax, data: dict, lang: str = "en") -> None:
    """Each pair's turnover as an index (base year = 100), the article's claimed fall beside."""
    base = data["base_year"]
    colours = (PAIR_COLOURS["RUS"], PAIR_COLOURS["CHN"])
    for index, colour in zip(data["indices"], colours, strict=True):
        points = index["points"]
        ax.plot(
            column(points, "year"),
            column(points, "index"),
            marker="o",
            ms=4,
            color=colour,
            label=say(
                "dip.index_label",
                lang,
                pair=say(f"pair.{index['partner']}.short", lang),
                basis=words.basis_words(index["basis_code"], lang),
            ),
            zorder=3,
        )
        flag_rings(ax, points, y="index", ms=10)
        fall = next(p for p in points if p["year"] == base + 1)
        ax.annotate(
            words.percent(signed(index["fall_pct"]), lang),
            (base + 1, fall["index"]),
            xytext=(7, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=8.5,
            fontweight="bold",
            color=colour,
        )
    claim = data["claimed"]
    x = claim["year"] + 0.28
    colour = VERDICT_COLOURS["inconsistent"]
    ax.annotate(
        "",
        xy=(x, claim["high"]),
        xycoords=offset_copy(ax.transData, fig=ax.figure, y=-ARROW_POINTS, units="points"),
        xytext=(x, claim["high"]),
        textcoords="data",
        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.2, "shrinkA": 0, "shrinkB": 0},
        zorder=4,
        annotation_clip=False,
    )
    ax.plot(x, claim["high"], marker="_", ms=10, mew=2, color=colour, zorder=4)
    levels = {c["year"]: c for c in data["claims"]}
    claimed = say(
        "dip.claim_levels",
        lang,
        base_claim=words.claim_amount(levels[claim["base_year"]], lang),
        base=words.year(claim["base_year"], lang),
        claim=words.claim_amount(levels[claim["year"]], lang),
        year=words.year(claim["year"], lang),
    )
    ax.annotate(
        plain(
            say(
                "dip.claim",
                lang,
                claims=claimed,
                high=f"{claim['high']:.1f}",
                fall=words.percent(f"{100 - claim['high']:.0f}", lang),
            )
        ),
        (x, claim["high"]),
        xytext=(6, -2),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=7,
        color=colour,
        bbox={"boxstyle": "square,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.9},
    )
    ax.axhline(100, color="#999999", lw=0.7, ls="--", zorder=1)
    ax.set_ylim(0, 140)
    ax.set_xticks(data["years"])
    ax.set_xlim(data["years"][0] - 0.5, data["years"][-1] + 0.5)
    year_axis(ax, lang)
    ax.set_ylabel(say("dip.index_axis", lang, base=words.year(base, lang)))
    ax.set_title(say("dip.index_title", lang, base=words.year(base, lang)), fontsize=10)
    handles, labels = ax.get_legend_handles_labels()
    rings, ring_labels = flag_handles(
        flag_kinds([p for index in data["indices"] for p in index["points"]]), lang
    )
    ax.legend(handles + rings, labels + ring_labels, loc="upper left", fontsize=7)


def _dip_levels_panel(ax, data: dict, lang: str = "en") -> None:
    """Russia–Japan turnover by view around 2009, with the article's figures and verdicts."""
    for view, rows in data["levels"].items():
        ax.plot(
            column(rows, "year"),
            column(rows, "value_usd"),
            marker="o",
            ms=3.5,
            zorder=3,
            **VIEW_STYLES[view],
        )
        last = rows[-1]
        ax.annotate(
            say(f"view.{view}.short", lang).replace(" (", "\n("),
            (last["year"], last["value_usd"]),
            xytext=(6, 6 if view == "partner" else -6),
            textcoords="offset points",
            ha="left",
            va="bottom" if view == "partner" else "top",
            fontsize=6.8,
            color=VIEW_STYLES[view]["color"],
        )
        flag_rings(ax, rows, ms=10)
    starts = {rows[0]["year"] for rows in data["levels"].values()}
    offsets = {c["obs_id"]: -CLAIM_NUDGE for c in data["claims"] if c["year"] in starts}
    claim_points(ax, data["claims"], offsets)
    for claim in data["claims"]:
        if claim["year"] not in (data["base_year"], data["base_year"] + 1):
            continue
        agrees = [words.basis_words(b, lang) for b in claim["agrees_bases"]]
        ax.annotate(
            say(
                "dip.agrees",
                lang,
                year=words.year(claim["year"], lang),
                words=say("list.join", lang).join(dict.fromkeys(agrees))
                or say("dip.agrees_none", lang),
            ),
            (claim["year"], claim["value_usd"]),
            xytext=(10, -18) if claim["year"] == data["base_year"] + 1 else (10, 22),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=7,
            color=VERDICT_COLOURS[claim["verdict"]],
            bbox={"boxstyle": "square,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.9},
        )
    values = [r["value_usd"] for rows in data["levels"].values() for r in rows]
    # room above the lines for the legend, clear of the labels of the 2008 claim
    log_money_axis(ax, say("dip.levels_axis", lang), log_limits(values, 1.6, 3.2), lang)
    ax.yaxis.set_major_locator(LogLocator(subs=(1, 2, 5)))
    ax.set_xticks(data["years"])
    ax.set_xlim(data["years"][0] - 0.5, data["years"][-1] + 1.4)
    year_axis(ax, lang)
    base, claimed = data["base_year"], data["claimed"]
    title = say(
        "dip.levels_title",
        lang,
        year=words.year(base + 1, lang),
        base=words.year(base, lang),
        claimed=words.percent(f"{100 - claimed['high']:.0f}", lang),
        fall=words.percent(f"{-data['indices'][0]['fall_pct']:.1f}", lang),
    )
    ax.set_title(title, fontsize=9.5)
    more, more_labels = claim_handles(data["claims"], lang)
    rings, ring_labels = flag_handles(
        flag_kinds([r for rows in data["levels"].values() for r in rows]), lang
    )
    ax.legend(
        more + rings, more_labels + ring_labels, loc="upper left", fontsize=6.5, framealpha=0.9
    )


def dip_figure(data: dict, lang: str = "en") -> Figure:
    """The 2009 fall: both pairs as an index, and Russia–Japan's levels by view."""
    with styled(lang):
        fig, axes = plt.subplots(1, 2, figsize=(11, 5.2))
        _dip_levels_panel(axes[0], data, lang)
        _index_panel(axes[1], data, lang)
        years = data["years"]
        points = [p for index in data["indices"] for p in index["points"]]
        points += [r for rows in data["levels"].values() for r in rows]
        note = say("dip.note", lang, sources=words.source_names(data["cited"], lang))
        note += flag_note(flag_kinds(points), lang)
        return finished(
            fig,
            note,
            say("dip.title", lang, years=words.years(years[0], years[-1], lang)),
            bottom=0.19,
            top=0.82,
            wspace=0.3,
            left=0.07,
            right=0.98,
        )


def china_figure(data: dict, lang: str = "en") -> Figure:
    """Japan–China against Russia(USSR)–Japan turnover and their ratio, 1960–2014."""
    with styled(lang):
        fig, (levels, ratio) = plt.subplots(
            2, 1, figsize=(10, 7.4), sharex=True, height_ratios=[1.3, 1]
        )
        for ax in (levels, ratio):
            ax.axvspan(1955, USSR_LAST_YEAR + 0.5, color="#f2f2f2", zorder=0)
        official_lines(
            levels,
            data["lines"],
            {
                PAIR_COLOURS["SUN"]: say("pair.RUS", lang),
                PAIR_COLOURS["CHN"]: say("pair.CHN", lang),
            },
            PAIR_COLOURS,
        )
        points = line_points(data["lines"])
        flag_rings(levels, points)
        claim_points(levels, data["claims"])
        for claim in data["claims"]:
            levels.annotate(
                plain(
                    say(
                        "china.claim",
                        lang,
                        year=words.year(claim["year"], lang),
                        amount=words.claim_amount(claim, lang, "money.dollar_bn"),
                    )
                ),
                (claim["year"], claim["value_usd"]),
                xytext=(-4, -12),
                textcoords="offset points",
                ha="left",
                va="top",
                fontsize=7,
                color=VERDICT_TEXT[claim["verdict"]],
            )
        values = [v for line in data["lines"] for v in line["values"]]
        log_money_axis(levels, say("china.axis", lang), log_limits(values, 1.8, 2.5), lang)
        period_labels(levels, lang=lang)
        view = say(f"view.{data['view_code']}", lang)
        levels.set_title(say("china.levels_title", lang, view=view), fontsize=10)
        handles, labels = levels.get_legend_handles_labels()
        more, more_labels = claim_handles(data["claims"], lang)
        kinds = flag_kinds(points + data["ratios"])
        rings, ring_labels = flag_handles(kinds, lang)
        levels.legend(
            handles + more + rings,
            labels + more_labels + ring_labels,
            loc="lower right",
            fontsize=7,
        )
        _ratio_panel(ratio, data, lang)
        note = say(
            "china.note",
            lang,
            sources=words.source_names(data["cited"], lang),
            view=view,
            rus=spans_text(data["bases"]["RUS"], lang),
            chn=spans_text(data["bases"]["CHN"], lang),
        ) + flag_note(kinds, lang)
        return finished(
            fig,
            note,
            chart_title("china.title", data, lang),
            bottom=0.13,
            top=0.92,
            hspace=0.12,
            left=0.09,
            right=0.98,
        )


def _ratio_panel(ax, data: dict, lang: str = "en") -> None:
    """The ratio by year (no line across 1991/1992), the article's 'more than 10 times'."""
    multiple = data["multiple"]
    for economy in dict.fromkeys(r["economy"] for r in data["ratios"]):
        rows = [r for r in data["ratios"] if r["economy"] == economy]
        ax.plot(
            column(rows, "year"),
            column(rows, "ratio"),
            color="#333333",
            marker="o",
            ms=2.5,
            lw=1.2,
            label=say("china.ratio_label", lang) if economy == "RUS" else None,
        )
        flag_rings(ax, rows, y="ratio", ms=9)
    threshold = multiple["threshold"]
    ax.axhline(threshold, color="#333333", ls="--", lw=0.9, zorder=1)
    top = max(r["high"] for r in data["ratios"]) * 1.15
    after = [USSR_LAST_YEAR + 0.5, data["last"] + 2]  # not over the USSR's grey
    ax.fill_between(after, threshold, top, color=VERDICT_COLOURS["consistent"], alpha=0.08, lw=0)
    ax.text(
        0.01,
        threshold,
        say(
            "china.multiple",
            lang,
            year=words.year(multiple["year"], lang),
            threshold=f"{threshold:g}",
            as_written=say("quoted", lang, text=multiple["as_written"]),
            years=words.year_runs(multiple["above_years"], lang),
        ),
        transform=offset_copy(ax.get_yaxis_transform(), fig=ax.figure, y=3, units="points"),
        va="bottom",
        fontsize=7.5,
        bbox={"boxstyle": "square,pad=0.1", "fc": "#f2f2f2", "ec": "none"},
    )
    year = multiple["year"]
    point = next(r for r in data["ratios"] if r["year"] == year)
    ax.plot(
        year,
        point["ratio"],
        marker=VERDICT_MARKERS[multiple["verdict"]],
        ms=7,
        ls="",
        color=VERDICT_COLOURS[multiple["verdict"]],
        zorder=5,
        label=say(
            "china.multiple_point",
            lang,
            year=words.year(year, lang),
            verdict=say(f"verdict.{multiple['verdict']}", lang),
        ),
    )
    ax.set_ylim(0, top)
    ax.set_xlim(data["first"] - 2, data["last"] + 2)
    ax.set_ylabel(say("china.ratio_axis", lang))
    year_axis(ax, lang)
    ax.set_title(say("china.ratio_title", lang), fontsize=10)
    ax.legend(loc="upper left", fontsize=7)


SHARE_STYLES = {
    "cow": {"color": "#1f4e79", "ls": "-", "lw": 1.6},
    "customs": {"color": "#56B4E9", "ls": (0, (4, 2)), "lw": 1.8},
}


def _share_lines(ax, panel: dict, hold: set, lang: str = "en") -> None:
    """Each share series by economy (no line across 1991/1992), the years the claim holds."""
    for series in panel["series"]:
        labelled = False
        for economy in dict.fromkeys(p["economy"] for p in series["points"]):
            points = [p for p in series["points"] if p["economy"] == economy]
            shown = [p for p in points if p["share_pct"] <= panel["top"]]
            for run in break_runs(shown):
                ax.plot(
                    column(run, "year"),
                    column(run, "share_pct"),
                    label=None if labelled else say(f"shares.series.{series['kind']}", lang),
                    zorder=3,
                    **SHARE_STYLES[series["kind"]],
                )
                labelled = True
            flag_rings(ax, shown, y="share_pct", ms=9)
            held = [p for p in shown if p["year"] in hold]
            if held:
                ax.plot(
                    column(held, "year"),
                    column(held, "share_pct"),
                    ls="",
                    marker=VERDICT_MARKERS["consistent"],
                    ms=3.2,
                    color=VERDICT_COLOURS["consistent"],
                    zorder=4,
                )


def break_runs(points: list[dict]) -> list[list[dict]]:
    """The points as runs joined by a line: a new run at a break in total trade (a share
    across it is not comparable with the one before)."""
    runs: list[list[dict]] = []
    for point in points:
        if not runs or point.get("flag_kind") == "total_break":
            runs.append([])
        runs[-1].append(point)
    return runs


def _claim_label_height(panel: dict, band_top: float) -> float:
    """On the band, unless a series runs through where the label stands (two lines of text
    over its first 16 years); then near the top of the panel, where no series runs."""
    zone = (band_top, band_top + panel["top"] * 0.06)
    first = min((p["year"] for s in panel["series"] for p in s["points"]), default=0)
    crossing = False
    for series in panel["series"]:
        for a, b in itertools.pairwise(series["points"]):
            low, high = sorted((a["share_pct"], b["share_pct"]))
            if a["year"] < first + 16 and low <= zone[1] and high >= zone[0]:
                crossing = True
    return panel["top"] * 0.82 if crossing else band_top


def _share_claim(ax, panel: dict, lang: str = "en") -> None:
    """The article's undated share as a band across every year, with the years it holds."""
    claim = panel["claim"]
    high = min(claim["high"], panel["top"])
    ax.axhspan(claim["low"], high, color=VERDICT_COLOURS["consistent"], alpha=0.18, lw=0, zorder=1)
    key = "shares.claim_less" if claim["bound"] == "at_most" else "shares.claim_value"
    ax.text(
        0.01,
        _claim_label_height(panel, high),
        say(
            "shares.claim",
            lang,
            claim=say(key, lang, value=f"{claim['value']:g}"),
            years=words.year_runs(claim["years_hold"], lang),
        ),
        transform=offset_copy(ax.get_yaxis_transform(), fig=ax.figure, y=3, units="points"),
        ha="left",
        va="bottom",
        fontsize=7.5,
        color=VERDICT_TEXT["consistent"],
        zorder=6,  # no box: the series stays visible under the words
    )


OFF_SCALE_AT = 0.95  # of the axis top: shares above it drawn here, clear of the panel's title
OTHER_NUDGE = 0.5  # years: another source's square beside a year the claim holds in


def _share_others(ax, panel: dict, lang: str = "en") -> None:
    """Other sources' dated shares as hollow squares (beside a year's dot); off-scale years
    just under the top edge."""
    hold = set(panel["claim"]["years_hold"])
    for other in panel["others"]:
        x = other["year"] + (OTHER_NUDGE if other["year"] in hold else 0)
        ax.errorbar(
            [x],
            [other["value"]],
            yerr=[[other["value"] - other["low"]], [other["high"] - other["value"]]],
            fmt="s",
            ms=5,
            color="#555555",
            mfc="white",
            capsize=2,
            zorder=5,
        )
        ax.annotate(
            say(f"shares.other.{other['other_id']}", lang),
            (x, other["value"]),
            xytext=(6, 10) if other["year"] < 1990 else (-6, 14),  # clear of the series
            ha="left" if other["year"] < 1990 else "right",
            textcoords="offset points",
            fontsize=6.8,
            color="#555555",
            arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.6},
        )
    off = panel["off_scale"]["points"]
    if off:
        colour = SHARE_STYLES["cow"]["color"]
        edge = [p | {"edge": panel["top"] * OFF_SCALE_AT} for p in off]
        for flagged in (False, True):
            shown = [p for p in edge if bool(p.get("flag")) == flagged]
            if shown:
                ax.plot(
                    column(shown, "year"),
                    column(shown, "edge"),
                    ls="",
                    marker="^",
                    ms=5,
                    color=colour,
                    mfc="white" if flagged else colour,
                    clip_on=False,
                    zorder=6,
                )
        flag_rings(ax, edge, y="edge", ms=9, clip_on=False)
        ax.annotate(
            say(
                "shares.off_scale",
                lang,
                years=words.years(off[0]["year"], off[-1]["year"], lang),
                low=f"{off[0]['share_pct']:.0f}",
                high=f"{max(p['share_pct'] for p in off):.0f}",
            ),
            (off[-1]["year"], panel["top"]),
            xytext=(6, -3),
            textcoords="offset points",
            va="top",
            fontsize=7,
            color=colour,
        )


def _share_panel(
    ax, panel: dict, first: int, last: int, lang: str = "en", kinds: list[str] = ()
) -> None:
    """One share by year, the article's undated claim across the years, other sources; the
    legend (for both panels, whose marks are alike) where panel["legend"] places it, with
    the flags of `kinds`."""
    ax.axvspan(first - 3, USSR_LAST_YEAR + 0.5, color="#f2f2f2", zorder=0)
    _share_lines(ax, panel, set(panel["claim"]["years_hold"]), lang)
    _share_claim(ax, panel, lang)
    _share_others(ax, panel, lang)
    ax.set_ylim(0, panel["top"])
    ax.set_xlim(first - 3, last + 2)
    year_axis(ax, lang)
    ax.set_ylabel(say("shares.axis", lang))
    ax.set_title(say(f"shares.panel.{panel['id']}", lang), fontsize=10, pad=10)
    if not panel["legend"]:
        return
    handles, labels = ax.get_legend_handles_labels()
    handles += [
        Line2D(
            [],
            [],
            ls="",
            marker=VERDICT_MARKERS["consistent"],
            ms=4,
            color=VERDICT_COLOURS["consistent"],
        ),
        Line2D([], [], ls="", marker="s", ms=5, color="#555555", mfc="white"),
    ]
    labels += [say("shares.holds", lang), say("shares.other", lang)]
    rings, ring_labels = flag_handles(list(kinds), lang)
    handles, labels = handles + rings, labels + ring_labels
    ax.legend(handles, labels, loc=panel["legend"], fontsize=6.8)


def shares_figure(data: dict, lang: str = "en") -> Figure:
    """Russia(USSR)'s share of Japan's trade and Japan's share of Russia(USSR)'s, by year."""
    with styled(lang):
        fig, axes = plt.subplots(1, 2, figsize=(11.5, 5.4))
        points = [p for panel in data["panels"] for s in panel["series"] for p in s["points"]]
        kinds = flag_kinds(points)
        for ax, panel in zip(axes, data["panels"], strict=True):
            _share_panel(ax, panel, data["first"], data["last"], lang, kinds)
        notes = [
            off_scale_note(p["off_scale"]["numbers"], lang)
            for p in data["panels"]
            if p["off_scale"]["points"]
        ]
        note = say(
            "shares.note",
            lang,
            sources=words.source_names(data["cited"], lang),
            notes=say("shares.off_scale_notes", lang, notes=say("list.join", lang).join(notes))
            if notes
            else "",
        )
        note += flag_note(kinds, lang)
        return finished(
            fig,
            note,
            chart_title("shares.title", data, lang),
            bottom=0.17,
            top=0.88,
            wspace=0.22,
            left=0.06,
            right=0.98,
        )


def _share_label(bars, left: float, y: float, row: dict, colour: str, lang: str = "en") -> None:
    """The category and its share inside its segment, in a colour that reads on the fill."""
    label = textwrap.fill(say(f"category.{row['category']}", lang), int(row["share_pct"] * 1.1))
    hatched = row["class"] == "mixed"
    bars.text(
        left + row["share_pct"] / 2,
        y,
        label + "\n" + words.percent(f"{row['share_pct']:.1f}", lang),
        ha="center",
        va="center",
        fontsize=6.8,
        color="black" if hatched else text_colour(colour),
        bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none"} if hatched else None,
    )


NARROW_SHARE = 6  # percent: a segment too narrow for its words gets a letter, said above


def _structure_bars(bars, data: dict, lang: str = "en") -> None:
    """The article's shares of each flow, stacked to 100 %; a narrow segment lettered."""
    bars.set_axisbelow(True)
    bars.grid(False)  # a whole of 100: no gridline through the segments or the a/b note
    for y, flow in ((1, "export"), (0, "import")):
        label = say(f"flow.{flow}", lang)
        rows = data["flows"][flow]
        narrow = [id(r) for r in rows if r["share_pct"] < NARROW_SHARE]
        letters = dict(zip(narrow, "abcdefghijklmnopqrstuvwxyz"[: len(narrow)], strict=True))
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
            if row["share_pct"] >= NARROW_SHARE:  # about 1.1 characters of 6.8 pt text a percent
                _share_label(bars, left, y, row, colour, lang)
            else:
                bars.text(
                    left + row["share_pct"] / 2,
                    y,
                    letters[id(row)],
                    ha="center",
                    va="center",
                    fontsize=7.5,
                    fontweight="bold",
                    color=text_colour(colour),
                )
            left += row["share_pct"]
        bars.text(-1, y, label, ha="right", va="center", fontsize=8.5)
        small = [
            letters[id(r)]
            + " "
            + say(
                "structure.item",
                lang,
                category=say(f"category.{r['category']}", lang),
                share=words.percent(f"{r['share_pct']:.1f}", lang),
            )
            for r in rows
            if r["share_pct"] < NARROW_SHARE
        ]
        if small:
            bars.text(
                0.5,
                y + 0.33,
                say("structure.not_labelled", lang, items=say("list.join", lang).join(small)),
                fontsize=6.8,
                va="bottom",
                color="#333333",
            )
    bars.set_xlim(0, 100)
    bars.set_yticks([])
    bars.set_xlabel(say("structure.bars_axis", lang))
    bars.set_title(say("structure.bars_title", lang), fontsize=10)
    handles = [
        Patch(
            facecolor=CLASS_COLOURS[k][0],
            edgecolor="white",
            hatch="xx" if k == "mixed" else None,
        )
        for k in ("primary", "manufactured", "mixed", "unknown")
    ]
    bars.legend(
        handles,
        [
            say(f"structure.class.{k}", lang)
            for k in ("primary", "manufactured", "mixed", "unknown")
        ],
        ncol=4,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.3),
        fontsize=7.5,
    )


def _primary_intervals(ax, measure: list[dict], lang: str = "en") -> None:
    """The primary share of each source and period as a range with end caps, its ends written."""
    for i, row in enumerate(measure):
        export = row["russia_flow"] == "export"
        colour = CLASS_COLOURS["primary" if export else "manufactured"][0]
        low, high = row["primary_low"], row["primary_high"]
        ax.plot([low, high], [i, i], color=colour, lw=2.2, solid_capstyle="butt")
        ax.plot([low, high], [i, i], ls="", marker="|", ms=9, mew=1.6, color=colour)
        text = words.percent(
            f"{low:.0f}" if round(low) == round(high) else f"{low:.0f}–{high:.0f}", lang
        )
        right = high < 88
        ax.text(
            high + 1.2 if right else low - 1.2,
            i,
            text,
            va="center",
            ha="left" if right else "right",
            fontsize=7,
        )
    labels = [
        structure_label(row["source_ids"], row["russia_flow"], row["period_text"], lang)
        for row in measure
    ]
    ax.set_yticks(range(len(measure)), labels, fontsize=7)
    ax.set_ylim(-0.7, len(measure) - 0.3)
    ax.set_xlim(-1.5, 101.5)  # the end caps at 0 and 100 % stay visible
    ax.set_xlabel(say("structure.range_axis", lang))
    ax.set_title(say("structure.range_title", lang), fontsize=10)


def structure_figure(data: dict, lang: str = "en") -> Figure:
    """What is traded: the article's structure of Russia's exports to and imports from Japan."""
    with styled(lang):
        fig, (bars, over_time) = plt.subplots(2, 1, figsize=(10, 6.4), height_ratios=[1.25, 1])
        _structure_bars(bars, data, lang)
        _primary_intervals(over_time, data["measure"], lang)
        first, last = data["other_years"]
        note = say("structure.note", lang, sources=words.source_names(data["cited"], lang))
        return finished(
            fig,
            note,
            say("structure.title", lang, years=words.years(first, last, lang, "years.title")),
            bottom=0.15,
            top=0.9,
            hspace=0.8,
            left=0.3,
            right=0.97,
        )


def partial_year_figure(data: dict, lang: str = "en") -> Figure:
    """January–September 2014 against January–September 2013 (derived from the stated growth)."""
    with styled(lang):
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
                label=say(
                    "partial.bar_derived" if derived else "partial.bar_stated",
                    lang,
                    year=words.year(bar["year"], lang),
                ),
            )
            whiskers(ax, x + offset, bar["rows"])
            for xi, value in zip(x + offset, column(bar["rows"], "value_usd"), strict=True):
                ax.text(
                    xi,
                    value * 0.96,
                    say("money.bn", lang, value=f"{value / 1e9:.1f}"),
                    ha="center",
                    va="top",
                    fontsize=8,
                    color=COLOURS["stated"] if derived else "white",
                    bbox={"boxstyle": "square,pad=0.15", "fc": "white", "ec": "none"}
                    if derived
                    else None,
                )
        for i, label in enumerate(data["labels"]):
            ax.annotate(
                words.percent(signed(label["growth_pct"]), lang),
                (i + 0.2, label["value"]),
                xytext=(0, 5),
                textcoords="offset points",
                ha="center",
                fontsize=9,
                fontweight="bold",
            )
        ax.set_xticks(x, [say(f"flow.{label['flow_code']}", lang) for label in data["labels"]])
        ax.yaxis.set_major_formatter(billions_formatter(lang))
        ax.set_ylabel(say("partial.axis", lang))
        ax.set_ylim(0, data["top"])
        ax.legend(loc="upper left")
        note = say("partial.note", lang)
        year, base = (bar["year"] for bar in data["years"][::-1])
        return finished(
            fig,
            note,
            say(
                "partial.title",
                lang,
                year=words.year(year, lang, "year.title"),
                base=words.year(base, lang, "year.title"),
            ),
            bottom=0.16,
            top=0.88,
            left=0.1,
            right=0.97,
        )


TIMELINE_START = 1950  # the axis starts near the first cluster of events; earlier ones
# stand at its left edge, pointing left, their years in their labels
LABEL_LEFT_FROM = 1985  # events from this year are labelled to the left of their point


def short_event_label(row: dict, lang: str) -> str:
    """'1904–1905 Russo-Japanese War': the years and the event (the dates in full are in the
    chart's CSV and the workbook's events sheet)."""
    return say(
        "timeline.event",
        lang,
        years="–".join(words.year(y, lang) for y in row["years"]),
        event=words.say_or(f"event.{row['event_id']}", lang, row["event"]),
    )


def _event_rows(events, rows: list[dict], lang: str = "en") -> None:
    """One row per event, earliest at the top; an event before the axis starts at its left
    edge as a left-pointing mark."""
    y = np.arange(len(rows))[::-1]
    for yi, row in zip(y, rows, strict=True):
        early = row["year"] < TIMELINE_START
        x = TIMELINE_START + 0.6 if early else row["year"]
        events.plot(
            x, yi, ls="", marker="<" if early else "o", ms=5, color=COLOURS["stated"], zorder=3
        )
        left = row["year"] >= LABEL_LEFT_FROM
        events.text(
            x + (-1 if left else 1),
            yi,
            short_event_label(row, lang),
            fontsize=7.5,
            va="center",
            ha="right" if left else "left",
        )
    events.set_yticks([])
    events.set_ylim(-0.8, len(rows) - 0.2)
    events.grid(axis="y", visible=False)


def timeline_figure(data: dict, lang: str = "en") -> Figure:
    """Relations 1855–2014: the article's events in date order, the official turnover beneath
    (the axis from 1950; earlier events at its left edge)."""
    with styled(lang):
        fig, (events, trade) = plt.subplots(
            2, 1, figsize=(11, 7.2), sharex=True, height_ratios=[1.5, 1]
        )
        _event_rows(events, data["events"], lang)
        events.set_title(say("timeline.title", lang))
        trade.axvline(USSR_LAST_YEAR + 0.5, color="#999999", lw=0.8, ls="--", zorder=0)
        official_lines(trade, data["lines"], view_labels(lang))
        points = line_points(data["lines"])
        flag_rings(trade, points, ms=9)
        values = [v for line in data["lines"] for v in line["values"]]
        log_money_axis(trade, say("timeline.axis", lang), log_limits(values, 1.8, 4.5), lang)
        period_labels(trade, lang=lang)
        trade.text(
            TIMELINE_START + 0.6,
            0.5,
            say("timeline.no_figures", lang, year=words.year(data["first"], lang)),
            fontsize=7.5,
            color=MUTED,
            transform=trade.get_xaxis_transform(),
        )
        trade.set_xlim(TIMELINE_START, 2016)
        year_axis(trade, lang)
        kinds = flag_kinds(points)
        handles, labels = trade.get_legend_handles_labels()
        rings, ring_labels = flag_handles(kinds, lang)
        trade.legend(handles + rings, labels + ring_labels, loc="upper left", fontsize=7)
        note = say("timeline.note", lang, sources=words.source_names(data["cited"], lang))
        note += flag_note(kinds, lang)
        return finished(fig, note, bottom=0.12, top=0.95, hspace=0.08, left=0.09, right=0.98)


def figure_bytes(fig, formats=("png", "svg"), lang: str = "en") -> dict[str, bytes]:
    """The figure in each format, without date or software metadata: rebuilds are
    byte-identical (PNG at the style's 200 dpi; SVG with a fixed hash salt; PDF undated)."""
    out = {}
    with styled(lang):
        for fmt in formats:
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, **SAVE_OPTIONS[fmt])
            out[fmt] = buffer.getvalue()
    plt.close(fig)
    return out
