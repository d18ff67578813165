"""rjtrade/figures.py: each chart against its committed baseline (pytest --mpl), and what every
chart must say: a title with what and when, units on the axes, a source footnote."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys

import matplotlib.pyplot as plt
import pytest

from rjtrade import paths
from rjtrade.chartdata import chart_data
from rjtrade.figures import FIGURES, growth_figure
from rjtrade.schema import CHART_NAMES

BASELINE = {
    "baseline_dir": "baseline_images",
    "tolerance": 2,
    "style": str(paths.STYLE_FILE),
    "savefig_kwargs": {"metadata": {"Software": None}},
}


@pytest.mark.parametrize("name", list(FIGURES))
@pytest.mark.mpl_image_compare(**BASELINE)
def test_chart_matches_its_baseline(name):
    return FIGURES[name]()


def texts(fig) -> list[str]:
    found = [t.get_text() for t in fig.texts]
    if fig._suptitle is not None:
        found.append(fig._suptitle.get_text())
    for ax in fig.axes:
        found += [ax.get_title(loc="left"), ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    return found


@pytest.mark.parametrize("name", list(FIGURES))
def test_every_chart_says_what_when_units_and_source(name):
    fig = FIGURES[name]()
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


def test_derived_points_look_different_from_stated_ones():
    fig = growth_figure()
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


def test_the_chart_data_is_plain_python_so_a_drawing_process_needs_no_pandas():
    data = chart_data(CHART_NAMES)
    pickled = pickle.dumps(data)
    assert b"pandas" not in pickled and b"numpy" not in pickled
    code = "import sys, rjtrade.figures; sys.exit('pandas' in sys.modules)"
    assert (
        subprocess.run(
            [sys.executable, "-c", code], env={**os.environ, "MPLBACKEND": "Agg"}
        ).returncode
        == 0
    )


def test_the_dip_panel_states_the_fall_from_the_articles_figures():
    # Article line 96: 2008 "เกินกว่า 3 หมื่นล้านดอลลาร์" (more than 30 bn), 2009 "12 พันล้านดอลลาร์"
    # (11.5-12.5 bn). The fall is at most 12.5 / 30 - 1 = -58.3 %, with no lower bound.
    russia_japan = chart_data(["dip_2009"])["dip_2009"]["panels"][0]
    assert russia_japan["title"] == "Russia–Japan\n2009 on 2008: -58 % or lower"
    bars = {row["year"]: row for row in russia_japan["rows"]}
    assert bars[2008]["low"] == 30e9 and bars[2008]["high"] == float("inf")
    assert bars[2010]["status"] == "missing"  # no source here covers 2010 for Russia–Japan


def test_the_timeline_shows_each_event_once_in_date_order_with_both_dates_where_two_are_given():
    rows = chart_data(["timeline_1855_2014"])["timeline_1855_2014"]["events"]
    # data/raw/article_events.csv: 19 dated rows for 16 events (three events are dated twice).
    assert len(rows) == 16
    assert [r["year"] for r in rows] == sorted(r["year"] for r in rows)
    assert (
        rows[0]["label"] == "1855 Diplomatic relations established"
    )  # line 80: 7 กุมภาพันธ์ พ.ศ. 2398 (2398 - 543)
    # Lines 30 and 265 date the war's start 27 มกราคม and 8 กุมภาพันธ์ พ.ศ. 2447: both kept, neither chosen.
    war = next(r for r in rows if "War begins" in r["label"])
    assert "1904-01-27 and 1904-02-08" in war["label"]
