"""rjtrade/figures.py: each chart against its committed baseline (pytest --mpl), and what every
chart must say: a title with what and when, units on the axes, a source footnote."""

from __future__ import annotations

import io
import math
import re

import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_hex

import rjtrade as rj
from rjtrade import config
from rjtrade.outputs import chartdata, figures
from rjtrade.outputs.chartdata_recent import all_chart_tables
from rjtrade.outputs.charts import CHARTS, draw
from rjtrade.pipeline import compute, load

BASELINE = {
    "baseline_dir": "baseline_images",
    "tolerance": 2,
    "style": str(config.STYLE_FILE),
    "savefig_kwargs": {"metadata": {"Software": None}},
}


@pytest.fixture(scope="module")
def tables():
    """The tables the charts draw, from the shipped raw data."""
    return all_chart_tables(compute(load()))


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.mpl_image_compare(**BASELINE)
def test_chart_matches_its_baseline(name, tables):
    return draw(name, tables)


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.mpl_image_compare(**BASELINE)
def test_thai_chart_matches_its_baseline(name, tables):
    return draw(name, tables, lang="th")


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


def verdict_marks(ax) -> list:
    """The claim marks of an axes: lines of one point drawn with a verdict's marker."""
    shapes = set(figures.VERDICT_MARKERS.values())
    return [
        line
        for line in ax.get_lines()
        if line.get_marker() in shapes and len(line.get_xdata()) == 1
    ]


def test_verdicts_differ_by_shape_and_colour_and_derived_claims_are_hollow(tables):
    markers, colours = figures.VERDICT_MARKERS, figures.VERDICT_COLOURS
    # a colour-blind reader tells them apart by shape alone
    assert len(set(markers.values())) == len(markers) == 3
    fig = draw("growth_1960_2014", tables)
    marks = verdict_marks(fig.axes[0])
    by_point = {(round(m.get_xdata()[0], 2), m.get_ydata()[0]): m for m in marks}
    # 1960: 147 US$ mn (article line 86) = COW row 65 (60 + 87): agrees, a filled circle
    agrees = by_point[(1960, 147e6)]
    assert agrees.get_marker() == markers["consistent"]
    assert to_hex(agrees.get_color()) == to_hex(colours["consistent"])
    # 1982: 5,581 US$ mn (line 86); COW row 87 gives 4,283 + 1,668 = 5,951: disagrees, a cross
    disagrees = by_point[(1982, 5.581e9)]
    assert disagrees.get_marker() == markers["inconsistent"]
    assert to_hex(disagrees.get_color()) == to_hex(colours["inconsistent"])
    derived = [m for m in marks if m.get_markerfacecolor() == "white"]
    assert derived and all(m.get_fillstyle() == "full" for m in derived)  # hollow, not half
    plt.close(fig)


def test_the_growth_lines_are_the_official_series_and_never_cross_1991_1992(tables):
    data = chartdata.growth(tables)
    for line in data["lines"]:
        assert not (min(line["years"]) <= 1991 < max(line["years"])), line["years"]
    partner = {
        (ln["economy"], ln["years"][0], ln["years"][-1])
        for ln in data["lines"]
        if ln["view"] == "partner"
    }
    assert partner == {("SUN", 1960, 1991), ("RUS", 1992, 2014)}  # complete, every year
    first = next(ln for ln in data["lines"] if ln["view"] == "partner")
    # cow_trade_4.0_dyadic_japan.csv row 65: 365,740,1960,60,87 -> 60 + 87 = 147 US$ million
    assert first["years"][0] == 1960 and first["values"][0] == 147e6


def test_the_growth_claims_say_whose_statistics_they_agree_with(tables):
    claims = {(c["year"], c["period"], c["status"]): c for c in chartdata.growth(tables)["claims"]}
    # Article line 96: 2009 "12 พันล้านดอลลาร์" agrees with Japan's customs (MOF, 12.09 bn) and
    # not with COW's Russia's + Japan's figures 2009 (7,258 + 8,855 = 16,113, row 114).
    assert claims[(2009, "annual", "stated")]["verdict"] == "consistent"
    assert claims[(2009, "annual", "stated")]["agrees_with"] == "Japan's statistics"
    # 2008 "more than 30 bn": COW row 113, 18,573 + 13,377 = 31,950 million.
    assert claims[(2008, "annual", "stated")]["agrees_with"] == "Russia's + Japan's figures"


def test_the_dip_index_is_on_one_reporter_basis_and_the_articles_fall_beside_it(tables):
    data = chartdata.dip(tables)
    russia = data["indices"][0]
    assert russia["pair"] == "Russia–Japan"
    assert {p["basis"] for p in russia["points"]} == {"export:RUS+import:JPN"}
    index = {p["year"]: p["index"] for p in russia["points"]}
    # cow_trade_4.0_dyadic_japan.csv rows 113-114: 2008 18,573 + 13,377 = 31,950; 2009
    # 7,258 + 8,855 = 16,113 -> 16,113 / 31,950 * 100 = 50.43
    assert index[2009] == pytest.approx(50.43, abs=0.01)
    # Article line 96: 2008 more than 30 bn, 2009 12 bn (11.5-12.5): at most 12.5 / 30 = 41.7
    assert data["claimed"]["low"] == 0 and data["claimed"]["high"] == pytest.approx(41.667, 1e-3)


def test_japan_versus_china_ratio_by_year_against_more_than_ten_times(tables):
    data = chartdata.china(tables)
    ratio = {r["year"]: r["ratio"] for r in data["ratios"]}
    # cow_trade_4.0_dyadic_japan.csv row 251: 710,740,2007,171278,129244 (Japan–China 300,522)
    # and row 112: 365,740,2007,12717,10560 (Russia–Japan 23,277): 300,522 / 23,277 = 12.91
    assert ratio[2007] == pytest.approx(12.911, abs=1e-3)
    assert data["multiple"]["threshold"] == 10 and data["multiple"]["verdict"] == "consistent"
    assert 2007 in data["multiple"]["above_years"] and 1991 not in data["multiple"]["above_years"]


def test_the_shares_chart_gives_the_years_each_undated_share_holds(tables):
    japan, russia = chartdata.shares(tables)["panels"]
    cow = {p["year"]: p["share_pct"] for p in russia["series"][0]["points"]}
    # cow_trade_4.0_dyadic_japan.csv row 105: 365,740,2000,572,4554 (turnover 5,126) over
    # cow_trade_4.0_national_japan_russia_china.csv row 132: 365,2000,33853.0,103002.3
    # (Russia's total 136,855.3): 3.7456 % -- the article's 3.7 % holds in 2000
    assert cow[2000] == pytest.approx(3.7456, abs=1e-4)
    assert 2000 in russia["claim"]["years_hold"]
    # "less than 1 %" of Japan's trade (article line 329): 1992-2004 on COW's figures
    # (row 416: Japan's total 2000 = 379,581.3 + 478,363.1 -> 5,126 / 857,944.4 = 0.5975 %)
    assert japan["claim"]["years_hold_text"] == "1992–2004"
    assert {p["year"]: p["share_pct"] for p in japan["series"][0]["points"]}[2000] == (
        pytest.approx(0.5975, abs=1e-4)
    )
    assert [p["year"] for p in russia["off_scale"]["points"]] == [1960, 1961, 1962]


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
    row = dip[(dip["series"] == "article claim, US$") & (dip["year"] == 2008)].iloc[0]
    # article_figures.csv row 9 (line 96): more than 30 bn; the open top is left empty
    assert row["value_usd"] == 30e9 and row["bound"] == "at_least" and math.isnan(row["high"])
    assert row["verdict"] == "consistent"


def test_charts_are_drawn_at_200_dpi(tables):
    from PIL import Image

    png = figures.figure_bytes(draw("jan_sep_2014", tables), ("png",))["png"]
    assert Image.open(io.BytesIO(png)).size == (1600, 960)  # 8 x 4.8 inches at 200 dpi


def test_the_timeline_draws_the_official_series_on_an_axis_that_starts_near_its_events(tables):
    data = chartdata.timeline(tables)
    first = data["lines"][0]
    # cow_trade_4.0_dyadic_japan.csv row 65: 365,740,1960,60,87 -> 147 US$ million, every year
    assert first["view"] == "partner" and first["years"][0] == 1960
    assert first["values"][0] == 147e6
    assert {ln["economy"]: (ln["years"][0], ln["years"][-1]) for ln in data["lines"]} == {
        "SUN": (1960, 1991),
        "RUS": (1992, 2014),
    }
    fig = draw("timeline_1855_2014", tables)
    assert fig.axes[0].get_xlim()[0] >= 1945  # not 1850: no century of empty axis
    assert not any("data/raw" in t or ".csv" in t or ".py" in t for t in texts(fig))
    plt.close(fig)


def test_the_charts_of_one_raw_folder_draw_one_computation(workspace, monkeypatch):
    # rj.chart draws the tables the build computes, computed once per content of data/raw
    from rjtrade import pipeline

    calls = []
    real = pipeline.compute
    monkeypatch.setattr(pipeline, "compute", lambda loaded: calls.append(1) or real(loaded))
    for name in ("jan_sep_2014", "dip_2009"):
        figure = rj.chart(name)
        assert figure.axes  # drawn
    assert calls == [1]


# --- anomaly flags: every chart that draws a flagged figure rings it ----------------------
# The flagged figures (rjtrade.analyses.backbone's rules), from the raw files:
# cow_trade_4.0_dyadic_japan.csv rows 115-117: Russia's imports from Japan 10,256 (2010),
# 6,711 (2011), 15,650 (2012) US$ mn, against Japan's exports 11,792 (Japan's customs): 2011
# flagged; 2011 turnover in the partner's view 6,711 + 19,013 = 25,724 US$ mn (row 116).
# cow_trade_4.0_national_japan_russia_china.csv rows 92-94: the USSR's totals 1960-1962
# (169.5 + 146.7, 179.3 + 210.7, 196.6 + 262.4) against 10,523.5 in 1959 (row 91): flagged;
# rows 112-113: 1980 144,971.8, 1981 85,969.8 while trade with Japan rises: a break.
TURNOVER_2011 = 25_724e6


def rings(ax) -> list[tuple[float, float]]:
    """(x, y) of the rings an axes draws around flagged figures."""
    return [
        (round(float(x), 2), float(y))
        for line in ax.get_lines()
        if line.get_gid() == "flagged"
        for x, y in zip(line.get_xdata(), line.get_ydata(), strict=True)
    ]


def legend_texts(ax) -> list[str]:
    """The entries of every legend of an axes (a chart may draw two)."""
    from matplotlib.legend import Legend

    return [t.get_text() for legend in ax.findobj(Legend) for t in legend.get_texts()]


def footnote_text(fig) -> str:
    return " ".join(t.get_text() for t in fig.texts).replace("\n", " ")


MIRROR_LEGEND = "flagged: off its neighbouring years and the mirror record"


def test_the_growth_chart_rings_the_flagged_2011_partner_view_and_its_csv_says_why(tables):
    from rjtrade.outputs.charts import data_table

    fig = draw("growth_1960_2014", tables)
    ax = fig.axes[0]
    assert rings(ax) == [(2011, TURNOVER_2011)]  # only the flagged year
    assert MIRROR_LEGEND in legend_texts(ax)
    assert "by more than a factor of 1.5" in footnote_text(fig)  # the rule in the footnote
    plt.close(fig)
    table = data_table("growth_1960_2014", tables)
    lines = table[table["series"] == "official turnover, US$"]
    flagged = lines[lines["flag"].astype(bool)]
    assert flagged[["view", "year"]].values.tolist() == [["partner", 2011]]
    assert "6.711 bn" in flagged["flag_reason"].iloc[0]  # Russia's 2011 imports, row 116


def test_the_dip_chart_rings_2011_in_the_levels_and_the_index(tables):
    fig = draw("dip_2009", tables)
    levels, index = fig.axes
    assert rings(levels) == [(2011, TURNOVER_2011)]
    # index on 2008 (row 113: 18,573 + 13,377 = 31,950): 25,724 / 31,950 * 100 = 80.51
    ((year, value),) = rings(index)
    assert year == 2011 and value == pytest.approx(80.51, abs=0.01)
    assert MIRROR_LEGEND in legend_texts(levels) and MIRROR_LEGEND in legend_texts(index)
    plt.close(fig)
    data = chartdata.dip(tables)
    flags = {p["year"]: p["flag"] for p in data["indices"][0]["points"]}
    assert flags[2011] and not flags[2010] and not flags[2009]


def test_japan_versus_china_rings_2011_and_its_ratio(tables):
    fig = draw("japan_vs_china", tables)
    levels, ratio = fig.axes
    assert rings(levels) == [(2011, TURNOVER_2011)]
    # row 255: Japan–China 2011 235,872 + 185,480 = 421,352; / 25,724 = 16.38
    ((year, value),) = rings(ratio)
    assert year == 2011 and value == pytest.approx(16.380, abs=1e-3)
    assert MIRROR_LEGEND in legend_texts(levels)
    plt.close(fig)
    ratios = {r["year"]: r for r in chartdata.china(tables)["ratios"]}
    assert ratios[2011]["flag"] and not ratios[2012]["flag"]
    assert "6.711 bn" in ratios[2011]["flag_reason"]


def test_the_shares_chart_draws_flagged_shares_ringed_and_breaks_the_line_at_1981(tables):
    from rjtrade.outputs.charts import data_table

    fig = draw("shares_1960_2014", tables)
    japan, russia = fig.axes
    ringed = {year for year, _ in rings(russia)}
    # 1960-1962 off the scale (46-64 %), 1981 the break, 2011 Russia's 2011 imports
    assert ringed == {1960, 1961, 1962, 1981, 2011}
    assert {year for year, _ in rings(japan)} == {2011}
    # the 1961 share (row 66: 65 + 145 = 210 over 179.3 + 210.7 = 390: 53.85 %) is drawn at
    # the top edge as a hollow triangle
    hollow = [
        line
        for line in russia.get_lines()
        if line.get_marker() == "^" and line.get_markerfacecolor() == "white"
    ]
    assert hollow and 1961 in list(hollow[0].get_xdata())
    # no line joins 1980 and 1981 (the totals' break)
    for line in russia.get_lines():
        years = [round(float(x)) for x in line.get_xdata()]
        assert not (1980 in years and 1981 in years), years
    legend = " ".join(legend_texts(japan))
    assert "total trade far off its neighbouring years" in legend
    assert "break in total trade" in legend
    assert "the median of the 7 years around it" in footnote_text(fig)
    plt.close(fig)
    table = data_table("shares_1960_2014", tables)
    of_russia = table["series"].str.startswith("Japan's share of Russia(USSR)'s trade, percent")
    row = table[of_russia & (table["year"] == 1961)].iloc[0]
    assert row["share_pct"] == pytest.approx(53.846, abs=1e-3) and bool(row["flag"])
    assert "total trade 0.390 bn" in row["flag_reason"]


def test_the_growth_to_2025_chart_rings_2011_with_the_same_mark(tables):
    from rjtrade.outputs.charts import data_table

    fig = draw("growth_1960_2025", tables)
    ax = fig.axes[0]
    # one ring around both 2011 points: current US$ (25,724 mn) and constant 2014 US$ (above)
    ((year, value),) = rings(ax)
    current = next(line for line in ax.get_lines() if 2011 in list(line.get_xdata()))
    assert year == 2011 and TURNOVER_2011 <= value <= TURNOVER_2011 * 1.2
    assert current.get_ydata()[list(current.get_xdata()).index(2011)] == TURNOVER_2011
    assert MIRROR_LEGEND in legend_texts(ax)
    plt.close(fig)
    table = data_table("growth_1960_2025", tables)
    assert table.loc[table["flag"].astype(bool), "year"].tolist() == [2011]
    assert "6.711 bn" in table.loc[table["year"] == 2011, "flag_reason"].iloc[0]


def test_the_timeline_rings_2011_of_the_series_beneath(tables):
    fig = draw("timeline_1855_2014", tables)
    assert rings(fig.axes[1]) == [(2011, TURNOVER_2011)]
    assert MIRROR_LEGEND in legend_texts(fig.axes[1])
    plt.close(fig)


def test_the_thai_charts_name_the_flags_in_thai(tables):
    fig = draw("shares_1960_2014", tables, lang="th")
    legend = " ".join(legend_texts(fig.axes[0]))
    assert "ข้อสังเกต: ผิดจากปีข้างเคียงและบันทึกของอีกฝ่าย" in legend
    assert "ยอดการค้ารวมขาดช่วง" in legend
    assert "flag_reason" in footnote_text(fig) and "1.5 เท่า" in footnote_text(fig)
    plt.close(fig)


def test_a_chart_shows_each_claims_one_verdict_from_the_build(tables):
    # article line 100: January-September 2014 turnover 20.8 bn, Russia's customs (Federal
    # Customs Service); the official files hold no Russian January-September figure, so the
    # claim's one verdict (claims_vs_official.claim_verdict) is unverifiable, though Japan's
    # full-year figure on another basis misses it: the chart shows the build's verdict
    claims = {c["obs_id"]: c for c in chartdata.article_claims(tables, "RUS")}
    assert claims["th_2014q3_turnover"]["verdict"] == "unverifiable"
    # article line 86: 147 million in 1960 = COW row 65 (60 + 87), Japan's figure: consistent
    assert claims["th_1960_turnover"]["verdict"] == "consistent"
