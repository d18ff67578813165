"""rjtrade/figures.py: each chart against its committed baseline (pytest --mpl), and what every
chart must say: a title with what and when, units on the axes, a source footnote."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import pytest

from rjtrade import paths
from rjtrade.figures import FIGURES, growth_figure

BASELINE = {"baseline_dir": "baseline_images", "tolerance": 2, "style": str(paths.STYLE_FILE),
            "savefig_kwargs": {"metadata": {"Software": None}}}


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
    title = fig._suptitle.get_text() if fig._suptitle is not None else fig.axes[0].get_title(loc="left")
    assert re.search(r"\b(19|20)\d\d\b", title), title  # when
    assert any("US$" in w or "percent" in w for w in words)  # units
    assert any(w.startswith("Source") for w in words)  # footnote
    plt.close(fig)


def test_derived_points_look_different_from_stated_ones():
    fig = growth_figure()
    ax = fig.axes[0]
    points = {c.get_label(): c.lines[0] for c in ax.containers}  # error bars: the marker line comes first
    stated, derived = points["annual, stated"], points["annual, derived"]
    assert stated.get_marker() != derived.get_marker()
    assert derived.get_markerfacecolor() == "white" and stated.get_markerfacecolor() != "white"
    interpolated = next(line for line in ax.get_lines() if "interpolated" in line.get_label())
    assert interpolated.get_linestyle() == ":"
    plt.close(fig)
