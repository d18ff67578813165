"""rjtrade/figures.py: each chart against its committed baseline (pytest --mpl), and what every
chart must say: a title with what and when, units on the axes, a source footnote."""

from __future__ import annotations

import io
import math
import re

import matplotlib.pyplot as plt
import pytest

import rjtrade as rj
from rjtrade import config
from rjtrade.outputs import chartdata, figures
from rjtrade.outputs.charts import CHARTS, draw

BASELINE = {
    "baseline_dir": "baseline_images",
    "tolerance": 2,
    "style": str(config.STYLE_FILE),
    "savefig_kwargs": {"metadata": {"Software": None}},
}


@pytest.fixture(scope="module")
def tables():
    """The tables the charts draw, from the shipped raw data."""
    return chartdata.chart_tables(rj.observations(), rj.source_registry(), rj.events())


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.mpl_image_compare(**BASELINE)
def test_chart_matches_its_baseline(name, tables):
    return draw(name, tables)


def texts(fig) -> list[str]:
    found = [t.get_text() for t in fig.texts]
    if fig._suptitle is not None:
        found.append(fig._suptitle.get_text())
    for ax in fig.axes:
        found += [ax.get_title(loc="left"), ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    return found


@pytest.mark.parametrize("name", list(CHARTS))
def test_every_chart_says_what_when_units_and_source(name, tables):
    fig = draw(name, tables)
    words = texts(fig)
    title = (
        fig._suptitle.get_text()
        if fig._suptitle is not None
        else fig.axes[0].get_title(loc="left")
    )
    assert re.search(r"\b(19|20)\d\d\b", title), title  # when
    assert any("US$" in w or "percent" in w for w in words)  # units
    assert any(w.startswith("Source") for w in words)  # footnote
    plt.close(fig)


def test_derived_points_look_different_from_stated_ones(tables):
    fig = draw("growth_1960_2014", tables)
    ax = fig.axes[0]
    points = {
        c.get_label(): c.lines[0] for c in ax.containers
    }  # error bars: the marker line comes first
    stated, derived = points["annual, stated"], points["annual, derived"]
    assert stated.get_marker() != derived.get_marker()
    assert derived.get_markerfacecolor() == "white" and stated.get_markerfacecolor() != "white"
    interpolated = next(line for line in ax.get_lines() if "interpolated" in line.get_label())
    assert interpolated.get_linestyle() == ":"
    plt.close(fig)


def test_the_dip_panel_states_the_fall_from_the_articles_figures(tables):
    # Article line 96: 2008 "เกินกว่า 3 หมื่นล้านดอลลาร์" (more than 30 bn), 2009 "12 พันล้านดอลลาร์"
    # (11.5-12.5 bn). The fall is at most 12.5 / 30 - 1 = -58.3 %, with no lower bound.
    russia_japan = chartdata.dip(tables)["panels"][0]
    assert russia_japan["title"] == "Russia–Japan\n2009 on 2008: \u221258 % or lower"
    bars = {row["year"]: row for row in russia_japan["rows"]}
    assert bars[2008]["low"] == 30e9 and bars[2008]["high"] == float("inf")
    assert bars[2010]["status"] == "missing"  # no source here covers 2010 for Russia–Japan


def test_the_timeline_shows_each_event_once_in_date_order_with_both_dates_where_two_are_given(
    tables,
):
    rows = chartdata.timeline(tables)["events"]
    # data/raw/article_events.csv: 19 dated rows for 16 events (three events are dated twice);
    # "Russo-Japanese War begins" is folded into the row of "Russo-Japanese War": 15 rows.
    assert len(rows) == 15
    assert [r["year"] for r in rows] == sorted(r["year"] for r in rows)
    assert (
        rows[0]["label"] == "1855 Diplomatic relations established"
    )  # line 80: 7 กุมภาพันธ์ พ.ศ. 2398 (2398 - 543)
    # Lines 30 and 265 date the war's start 27 มกราคม and 8 กุมภาพันธ์ พ.ศ. 2447:
    # both kept, neither chosen.
    war = [r for r in rows if "Russo-Japanese War" in r["label"]]
    assert len(war) == 1 and war[0]["label"].startswith("1904–1905 Russo-Japanese War (begins")
    assert "1904-01-27 and 1904-02-08" in war[0]["label"]


def test_footnotes_name_the_statements_derived_points_rest_on(tables):
    # JETRO news release 2010-02-17 (published_figures.csv): Japan–China 2009 "fell 12.8%";
    # the 2008 bar is derived from it, and the footnote must say so from the data.
    notes = chartdata.dip(tables)["derivations"]
    assert any(n.startswith("Japan–China 2008 from JETRO") and "12.8" in n for n in notes)


def test_every_format_is_byte_identical_when_rebuilt_and_the_data_sit_beside_it(tables, tmp_path):
    from rjtrade.outputs.charts import render

    first = render(tables, tmp_path, ["dip_2009"], ("png", "svg", "pdf"))
    again = render(tables, tmp_path, ["dip_2009"], ("png", "svg", "pdf"))
    assert first == again
    assert sorted(p.name for p in first) == [
        "dip_2009.csv",
        "dip_2009.pdf",
        "dip_2009.png",
        "dip_2009.svg",
    ]
    assert b"/CreationDate" not in first[tmp_path / "dip_2009.pdf"]


def test_the_chart_data_csv_holds_what_the_chart_shows(tables):
    from rjtrade.outputs.charts import data_table

    dip = data_table("dip_2009", tables)
    row = dip[(dip["series"] == "Russia–Japan") & (dip["year"] == 2008)].iloc[0]
    # article_figures.csv row 9 (line 96): more than 30 bn; the open top is left empty
    assert row["value_usd"] == 30e9 and row["bound"] == "at_least" and math.isnan(row["high"])


def test_charts_are_drawn_at_200_dpi(tables):
    from PIL import Image

    png = figures.figure_bytes(draw("jan_sep_2014", tables), ("png",))["png"]
    assert Image.open(io.BytesIO(png)).size == (1600, 960)  # 8 x 4.8 inches at 200 dpi
