"""The record complete and current: 1960-2025 at a stated rate, constant dollars, the partner's
own report, Japan's own figures wherever the files hold them, anomalies flagged by a rule.
Expected values come from the files' rows (file and row in a comment) or by hand."""

from __future__ import annotations

import pandas as pd
import pytest

import rjtrade as rj
from rjtrade import api
from rjtrade.analyses import backbone as bb
from rjtrade.analyses.prices import DeflatorError, constant_dollars
from rjtrade.config import RAW_DIR
from rjtrade.errors import RjtradeError
from rjtrade.sources.official import load_official

OFFICIAL = RAW_DIR / "official"
CUSTOMS = "japan_mof_trade_year_russia_china_world.csv"


@pytest.fixture(scope="module")
def files():
    return load_official(OFFICIAL)


@pytest.fixture(scope="module")
def tables(files):
    return bb.backbone_tables(files)


def one(frame: pd.DataFrame, **where) -> pd.Series:
    for column, value in where.items():
        frame = frame[frame[column] == value]
    assert len(frame) == 1, where
    return frame.iloc[0]


# --- rates: the year's rate, its source, the spread between sources --------------------------


def test_each_year_has_one_rate_by_the_stated_preference(files):
    rates = bb.official_year_rates(files).set_index("year")
    # wdi_exchange_rates_annual_1960_2024.csv row 7 (Japan): 1960 "360.000000359", the only
    # source that year
    assert rates.loc[1960, "rate_source"] == "wdi_rates_annual"
    assert rates.loc[1960, "per_usd"] == pytest.approx(360.000000359)
    # 2022: WDI "131.498140443764" (the IMF daily file ends in 2019), Federal Reserve beside it
    assert rates.loc[2022, "rate_source"] == "wdi_rates_annual"
    assert rates.loc[2022, "per_usd"] == pytest.approx(131.498140443764)
    assert rates.loc[2022, "rate_sources"] == "wdi_rates_annual;fed_h10_rates_annual"
    # 2025: fed_h10_exchange_rates_annual_1971_2025.csv row 101: 149.5686, the only source
    assert rates.loc[2025, "rate_source"] == "fed_h10_rates_annual"
    assert rates.loc[2025, "per_usd"] == pytest.approx(149.5686)
    # 1971: WDI 350.677693533362 chosen, Federal Reserve row 47 347.7857 bounds the spread
    assert (rates.loc[1971, "rate_low"], rates.loc[1971, "rate_high"]) == pytest.approx(
        (347.7857, 350.677693533362)
    )
    assert rates.loc[2013, "rate_source"] == "imf_rates_daily"
    assert set(rates.index) == set(range(1960, 2026))


def test_yen_to_usd_any_year_1960_2025_with_its_rate():
    # 1985: WDI row 7 "238.53583333275"; Federal Reserve 1985 in the same file is the other
    # bound. 1,000 bn yen / 238.5358 = US$4.1922 bn
    converted = rj.yen_to_usd(1000e9, 1985)
    assert converted["value_usd"] == pytest.approx(1000e9 / 238.53583333275)
    assert converted["rate_source"] == "wdi_rates_annual"
    assert converted["low"] <= converted["value_usd"] <= converted["high"]
    assert converted["low"] < converted["high"]  # two rate sources, a spread
    # 2010: 1,412.029929 bn yen (customs file row 4718) is US$16.08 bn at the IMF annual mean
    assert rj.yen_to_usd(1412.029929e9, 2010)["value_usd"] / 1e9 == pytest.approx(16.08, abs=0.01)
    with pytest.raises(RjtradeError, match="rates here cover 1960-2025"):
        rj.yen_to_usd(1e9, 1950)


# --- 1960-2025: official_series, trade_shares, customs_structure, pairs, coverage agree ------


def test_the_series_runs_to_2025_at_the_years_rate_with_the_source_on_the_row():
    series = rj.official_series("RUS", "JPN", years=(2022, 2025))
    imports_2022 = one(series, year=2022, flow="import")
    # customs file row 4730: import,Russia,Grand Total,2022,1971.805002 (bn yen) / WDI 2022
    # 131.498140443764 = US$14.995 bn
    assert imports_2022["value_usd"] == pytest.approx(1971.805002e9 / 131.498140443764)
    assert imports_2022["rate_source"] == "wdi_rates_annual"
    assert "fed_h10_rates_annual" in imports_2022["method"]  # the spread's other source
    assert imports_2022["low"] < imports_2022["value_usd"] < imports_2022["high"]
    # row 4733: 2025 imports 828.0818 bn yen / Federal Reserve 149.5686 = US$5.5365 bn
    imports_2025 = one(series, year=2025, flow="import")
    assert imports_2025["value_usd"] == pytest.approx(828.0817999999999e9 / 149.5686)
    assert imports_2025["rate_source"] == "fed_h10_rates_annual"
    assert imports_2025["reported_by"] == "JPN"


def test_a_year_outside_the_coverage_is_said_not_an_empty_frame():
    with pytest.raises(RjtradeError, match=r"covers 1960-2025 .*no figure for 2030"):
        rj.official_series("RUS", years=2030)
    assert len(rj.official_series("RUS", years=2022)) == 3  # export, import, turnover


def test_official_series_shares_structure_pairs_and_coverage_agree():
    covered = rj.coverage().set_index("partner")
    assert covered.loc["RUS", "first_year"] == 1960 and covered.loc["RUS", "last_year"] == 2025
    assert covered.loc["RUS", "cow_years"] == "1960-2014"
    assert covered.loc["RUS", "customs_years"] == "2009-2025"
    assert covered.loc["CHN", "customs_years"] == "2001-2025"  # monthly file from 2001
    pairs = rj.pairs().set_index(["economy", "partner"])
    assert pairs.loc[("RUS", "JPN"), "official_last_year"] == 2025
    structure = rj.customs_structure()
    assert structure["year"].max() == 2025
    assert structure["value_usd"].notna().all()  # US$ after 2019 too (606 rows were empty)
    assert structure.loc[structure["year"] == 2025, "rate_source"].eq("fed_h10_rates_annual").all()
    shares = rj.trade_shares()
    assert shares["year"].max() == 2025
    checked = api.backbone(partners=("RUS",), with_shares=False)["official_series"]
    assert checked["year"].max() == 2025  # what `rjtrade check` compares with


# --- Japan's own figures for Japan-China 2001-2008 (the monthly customs file) ----------------


def test_japan_view_of_japan_china_uses_the_monthly_customs_file(tables):
    views = tables["official_series"]
    japan = views[(views["view"] == "JPN") & (views["partner"] == "CHN")]
    # An independent recomputation from japan_mof_japan_china_monthly_2001_2019.csv, each
    # month at its IMF rate: 2001 US$88.7 bn, 2007 237.1, 2008 268.6 (the old code gave
    # China's import record: 124.9 and 334.8, labelled mixed)
    for year, expected in ((2001, 88.7), (2007, 237.1), (2008, 268.6)):
        row = one(japan, year=year, flow="turnover")
        assert row["value_usd"] / 1e9 == pytest.approx(expected, abs=0.06)
        assert row["reported_by"] == "JPN"
        assert row["source_id"].startswith("mof_japan_china_month")
    # 2001/01;231700220;586529635 (row 2, thousand yen) is inside the 2001 exports
    exports_2001 = one(japan, year=2001, flow="export")
    assert exports_2001["note"] == "Japan's customs (Ministry of Finance), yen converted"


def test_mirror_gaps_no_longer_say_japans_figure_is_missing_where_it_exists(files, tables):
    gaps = bb.official_mirror_gaps(files["cow_dyadic"], tables["customs_usd"], "CHN")
    years = gaps[(gaps["direction"] == "JPN->partner") & gaps["year"].between(2001, 2008)]
    assert len(years) == 8
    assert not years["note"].str.contains("not in the official files").any()
    assert years["exporter_figure"].notna().all() and years["exporter_reported_by"].eq("JPN").all()


# --- anomalies by a stated rule ---------------------------------------------------------------


def test_russias_2011_imports_from_japan_are_flagged_in_every_view_using_them(tables):
    views = tables["official_series"]
    # cow_trade_4.0_dyadic_japan.csv rows 115-117: Russia's imports from Japan 10256, 6711,
    # 15650 (2010-2012); Japan's own exports 2011: 940.650568 bn yen (customs row 3807) =
    # US$11.79 bn. 6711 / sqrt(10256 x 15650) = 0.53 while Japan's record moves 1.17.
    for view in ("partner", "best"):
        row = one(views[views["view"] == view], partner="RUS", year=2011, flow="export")
        assert row["value_usd"] == 6711e6 and row["flag"]
        assert "0.53 x the geometric mean of 2010 and 2012" in row["flag_reason"]
        assert one(views[views["view"] == view], partner="RUS", year=2011, flow="turnover")["flag"]
    japan = one(views[views["view"] == "JPN"], partner="RUS", year=2011, flow="export")
    assert not japan["flag"]  # Japan's own figure is not the anomaly
    flagged = views[views["flag"] & (views["flow"] != "turnover")]
    assert set(zip(flagged["partner"], flagged["year"], strict=True)) == {("RUS", 2011)}


def test_shares_resting_on_flagged_totals_are_flagged_by_rule_not_by_list(tables):
    shares = tables["trade_shares"]
    soviet = shares[(shares["economy"] == "SUN") & (shares["partner"] == "JPN")]
    # cow_trade_4.0_national_japan_russia_china.csv: USSR 1959 5073.2 + 5450.3 = 10,523.5;
    # 1960 169.5 + 146.7 = 316.2; 1961 390.0; 1962 459.0; 1963 14,331.1 (million)
    for year in (1960, 1961, 1962):
        row = one(soviet, year=year)
        assert row["flag"] and "median of" in row["flag_reason"]
    assert one(soviet, year=1961)["share_pct"] == pytest.approx(54, abs=0.2)  # the 54 % claim
    # 1980 144,971.8 -> 1981 85,969.8 million while trade with Japan rose: a break
    assert one(soviet, year=1981)["flag"]
    assert "break" in one(soviet, year=1981)["flag_reason"]
    assert set(soviet.loc[soviet["flag"], "year"]) == {1960, 1961, 1962, 1981}
    japans = shares[(shares["economy"] == "JPN") & (shares["partner"] == "RUS")]
    assert one(japans[japans["source_id"].str.contains("cow")], year=2011)["flag"]


def test_the_rule_finds_a_planted_anomaly_in_any_year(files):
    cow = files["cow_dyadic"].copy()
    # China's imports from Japan in 2005, halved: no list of years holds 2005
    planted = (cow["importer"] == "CHN") & (cow["exporter"] == "JPN") & (cow["year"] == 2005)
    cow.loc[planted, "value_usd"] /= 2
    records = bb.japan_side_records(cow, bb.customs_in_usd(files), "CHN")
    flagged = records[records["flag"]]
    assert set(flagged["year"]) == {2005}
    assert flagged["reported_by"].eq("CHN").all()


def test_a_total_rule_flags_a_run_and_a_break_but_not_a_fall_shared_with_japan():
    totals = pd.DataFrame({"year": range(2000, 2012), "total": [100.0] * 12})
    totals.loc[totals["year"].isin([2003, 2004]), "total"] = 10.0  # a run of two wrong years
    totals.loc[totals["year"] >= 2009, "total"] = 50.0  # a fall...
    turnover = pd.Series(10.0, index=range(2000, 2012))
    turnover[turnover.index >= 2009] = 4.0  # ...that trade with Japan shares
    flagged = bb.flag_totals(totals, turnover)
    assert set(flagged.loc[flagged["total_flag"], "year"]) == {2003, 2004}
    turnover[turnover.index >= 2009] = 12.0  # trade with Japan rises: the total broke
    flagged = bb.flag_totals(totals, turnover)
    assert set(flagged.loc[flagged["total_flag"], "year"]) == {2003, 2004, 2009}


# --- the partner's own report; partner view against best view ----------------------------------


def test_partner_view_differs_from_best_where_the_partners_own_figure_exists(tables):
    views = tables["official_series"]
    partner = views[(views["view"] == "partner") & (views["partner"] == "RUS")]
    best = views[(views["view"] == "best") & (views["partner"] == "RUS")]
    # imf_dots_exports_2019_2020.csv row 10: 25,RU,JP,11380.8,9294.1 (Russia's own report)
    own = one(partner, year=2019, flow="import")
    assert own["value_usd"] == pytest.approx(11380.8e6) and own["reported_by"] == "RUS"
    assert one(best, year=2019, flow="import")["reported_by"] == "JPN"
    # elsewhere they coincide, and the partner view's row says why
    same = one(partner, year=1995, flow="import")
    assert same["value_usd"] == one(best, year=1995, flow="import")["value_usd"]
    assert "only for 2019-2020" in same["note"]
    merged = partner.merge(best, on=["year", "flow"], suffixes=("_p", "_b"))
    differ = merged[merged["value_usd_p"] != merged["value_usd_b"]]
    assert set(zip(differ["year"], differ["flow"], strict=True)) == {
        (2019, "import"),
        (2019, "turnover"),
        (2020, "import"),
        (2020, "turnover"),
    }


def test_russias_own_exports_beside_japans_imports_2019_2020():
    gaps = rj.partner_own_report()
    row = one(gaps, partner="RUS", year=2020)
    # DOTS row 10: 9,294.1 million; customs 2020 imports (row 4728) at WDI 2020 106.7746
    assert row["exporter_figure"] == pytest.approx(9294.1e6)
    assert row["exporter_reported_by"] == "RUS" and row["importer_reported_by"] == "JPN"
    assert row["gap_pct"] == pytest.approx((row["importer_figure"] - 9294.1e6) / 9294.1e6 * 100)


def test_russias_chapters_beside_japans_customs_groups():
    table = rj.chapters_vs_customs("RUS")
    fuels = one(table, year=2019, goods="Mineral Fuels")
    # un_comtrade_hs2_exports_2019_2020.csv row 54: chapter 27, 8489195848 US$; customs
    # row 4906: import,Russia,Mineral Fuels,2019,1089.603911 bn yen
    assert fuels["partner_exports_usd"] == 8489195848
    assert fuels["japan_imports_jpy"] == pytest.approx(1089.603911e9)
    assert fuels["partner_reported_by"] == "RUS" and fuels["japan_reported_by"] == "JPN"
    # README check: chapters summed, Russia -> Japan 11.355 bn (2019)
    assert one(table, year=2019, goods="Grand Total")["partner_exports_usd"] / 1e9 == (
        pytest.approx(11.355, abs=0.001)
    )


# --- constant dollars --------------------------------------------------------------------------


def test_1960s_147_million_is_about_1_18_billion_2014_dollars():
    # us_cpi_u_monthly_1913_2026.csv rows 566-577 (1960): 29.3, 29.4, 29.4, 29.5, 29.5, 29.6,
    # 29.6, 29.6, 29.6, 29.8, 29.8, 29.8 -> mean 354.9 / 12 = 29.575; rows 1214-1225 (2014):
    # 233.916, 234.781, 236.293, 237.072, 237.9, 238.343, 238.25, 237.852, 238.031, 237.433,
    # 236.151, 234.812 -> 2840.834 / 12 = 236.7361667. 147 x 236.7361667 / 29.575 = 1176.68
    frame = pd.DataFrame({"year": [1960], "value_usd": [147e6], "low": [146e6], "high": [148e6]})
    real = rj.constant_dollars(frame, base_year=2014, deflator="cpi").iloc[0]
    assert real["value_usd"] / 1e6 == pytest.approx(1176.68, abs=0.01)
    assert real["value_usd_current"] == 147e6
    assert real["index_value"] == pytest.approx(29.575)
    assert real["base_index_value"] == pytest.approx(236.7361667)
    assert real["base_year"] == 2014 and real["dollars"] == "constant 2014 US$"
    assert "CPI-U" in real["price_index"]
    # GDP deflator rows 270-273 (2014): mean 385.666 / 4 = 96.4165; 1960 rows 54-57: 61.981 / 4
    gdp = rj.constant_dollars(frame, deflator="gdp").iloc[0]
    assert gdp["value_usd"] == pytest.approx(147e6 * 96.4165 / 15.49525)


def test_constant_dollars_say_a_partial_year_and_refuse_a_year_without_an_index(files):
    frame = pd.DataFrame({"year": [2025], "value_usd": [1e9]})
    real = constant_dollars(frame, files["cpi"], 2014, "cpi").iloc[0]
    assert real["index_periods"] == 11  # October 2025 not published (README)
    assert "11 months" in real["index_note"]
    with pytest.raises(DeflatorError, match=r"no cpi index for year\(s\) \[1900\]"):
        constant_dollars(pd.DataFrame({"year": [1900], "value_usd": [1.0]}), files["cpi"])
    with pytest.raises(RjtradeError, match="deflator must be"):
        rj.constant_dollars(frame, deflator="ppi")


def test_constant_dollars_on_the_official_series():
    series = rj.official_series("RUS", "best", years=(1960, 1961))
    real = rj.constant_dollars(series, base_year=2014)
    assert (real["value_usd"] > real["value_usd_current"]).all()
    assert (real["low"] <= real["value_usd"]).all() and (real["value_usd"] <= real["high"]).all()


def test_a_ratio_of_two_japanese_figures_is_japans(tables):
    views = tables["official_series"]
    ratio = bb.turnover_ratio(views, "CHN", "RUS", view="JPN").set_index("year")
    # 2010: both turnovers from Japan's customs (export:JPN+import:JPN each): JPN, not mixed
    assert ratio.loc[2010, "reported_by"] == "JPN"
    assert ratio.loc[2010, "basis"] == "export:JPN+import:JPN over export:JPN+import:JPN"
    assert bb.ratio_reporter("export:JPN+import:JPN", "export:JPN+import:JPN") == "JPN"
    assert bb.ratio_reporter("export:RUS+import:JPN", "export:JPN+import:JPN") == "mixed"
    # on the best view the 2011 ratio rests on Russia's flagged import record: flagged
    best = bb.turnover_ratio(views, "CHN", "RUS", view="best").set_index("year")
    assert best.loc[2011, "flag"] and not best.loc[2010, "flag"]


# --- any partner of Japan from a full COW file --------------------------------------------------

FULL_HEADER = (
    "ccode1,ccode2,year,importer1,importer2,flow1,flow2,smoothflow1,smoothflow2,smoothtotrade,"
    "spike1,spike2,dip1,dip2,trdspike,tradedip,bel_lux_alt_flow1,bel_lux_alt_flow2,"
    "china_alt_flow1,china_alt_flow2,source1,source2,version"
)


@pytest.fixture
def full_cow(tmp_path):
    rows = [  # the full layout (schema.COW_V4_FULL_COLUMNS); values invented for the test
        "2,740,2000,United States of America,Japan,146479.61,72559.13,0,0,0,0,0,0,0,0,0,,,,,1,1,4",
        "732,740,2000,South Korea,Japan,31827.94,20466.04,0,0,0,0,0,0,0,0,0,,,,,1,1,4",
        "732,740,2001,South Korea,Japan,26633.37,16505.84,0,0,0,0,0,0,0,0,0,,,,,1,1,4",
        "732,740,2002,South Korea,Japan,-9,15142.81,0,0,0,0,0,0,0,0,0,,,,,1,1,4",
        "2,20,2000,United States of America,Canada,1,2,0,0,0,0,0,0,0,0,0,,,,,1,1,4",
    ]
    path = tmp_path / "Dyadic_COW_4.0.csv"
    path.write_text("\n".join([FULL_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_any_partner_of_japan_from_a_full_cow_file(full_cow):
    by_number = rj.official_series(732, "best", cow_dyadic=full_cow)
    by_iso = rj.official_series("KOR", "best", cow_dyadic=full_cow)
    pd.testing.assert_frame_equal(by_number, by_iso)
    assert set(by_number["partner_name"]) == {"South Korea"}  # the file's importer1
    # row 3: 732,740,2000,...,31827.94,20466.04: Korea's imports from Japan (flow1) and Japan's
    # imports from Korea (flow2), US$ million, ±0.005 (two decimals)
    exports = one(by_number, year=2000, flow="export")
    assert exports["value_usd"] == pytest.approx(31827.94e6)
    assert exports["high"] - exports["low"] == pytest.approx(0.01e6)
    imports = one(by_number, year=2000, flow="import")
    assert imports["value_usd"] == pytest.approx(20466.04e6) and imports["reported_by"] == "JPN"
    assert one(by_number, year=2000, flow="turnover")["value_usd"] == pytest.approx(52293.98e6)
    # 2002: Korea's imports are -9 (missing): no export figure, never 0 or -9
    assert by_number[(by_number["year"] == 2002) & (by_number["flow"] == "export")].empty
    japan = rj.official_series("KOR", "JPN", cow_dyadic=full_cow)
    assert "not in the official files" in one(japan, year=2000, flow="export")["note"]
    with pytest.raises(RjtradeError, match=r"South Korea \(COW 732\) for 2000-2002"):
        rj.official_series("KOR", cow_dyadic=full_cow, years=2010)


def test_pairs_lists_what_a_full_cow_file_holds(full_cow):
    held = rj.pairs(cow_dyadic=full_cow).set_index("ccode")
    assert set(held.index) == {2, 732}  # the Canada-US dyad has no Japan
    assert held.loc[732, "name"] == "South Korea" and held.loc[732, "code"] == "KOR"
    assert (held.loc[732, "first_year"], held.loc[732, "last_year"]) == (2000, 2002)
    assert held.loc[2, "name"] == "United States of America"
    with pytest.raises(RjtradeError, match="it holds: 2 United States of America"):
        rj.official_series("THA", cow_dyadic=full_cow)


def test_the_command_line_prints_the_series_in_current_or_constant_dollars(capsys):
    from rjtrade.cli import main

    assert main(["series", "RUS", "--years", "1960", "--real", "--base-year", "2014"]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    header = lines[0].split(",")
    turnover = dict(
        zip(header, next(x for x in lines if ",turnover," in x).split(","), strict=False)
    )
    # 147 million (COW rows 65: 60 + 87) x 236.7361667 / 29.575 (CPI-U means, see above)
    assert float(turnover["value_usd"]) / 1e6 == pytest.approx(1176.68, abs=0.01)
    assert float(turnover["value_usd_current"]) == 147e6
    assert turnover["dollars"] == "constant 2014 US$" and "constant 2014 US$" in out.err
    assert main(["series", "RUS", "--years", "2022"]) == 0
    out = capsys.readouterr()
    assert "current US$" in out.out and "wdi_rates_annual" in out.out
    assert main(["series", "RUS", "--years", "2030"]) == 1
    assert "covers 1960-2025" in capsys.readouterr().err


# --- the record's charts: what they show ---------------------------------------------------------


@pytest.fixture(scope="module")
def chart_tables():
    from rjtrade.outputs.chartdata_recent import all_chart_tables
    from rjtrade.store import computed

    return all_chart_tables(computed())


def test_the_story_charts_keep_the_articles_years_and_the_new_ones_run_to_2025(chart_tables):
    from rjtrade.outputs.charts import data_table

    assert chart_tables.official_series["year"].max() == 2014  # the article's story
    growth = data_table("growth_1960_2025", chart_tables).set_index("year")
    assert (growth.index.min(), growth.index.max()) == (1960, 2025)
    assert growth.loc[1960, "current_usd"] == 147e6  # COW row 65: 60 + 87
    assert growth.loc[1960, "constant_2014_usd"] / 1e6 == pytest.approx(1176.68, abs=0.01)
    assert growth.loc[2011, "flag"] and not growth.loc[2010, "flag"]
    assert growth.loc[2022, "rate_source"] == "wdi_rates_annual"


def test_the_goods_chart_adds_up_to_japans_imports_from_russia(chart_tables):
    from rjtrade.outputs.charts import data_table

    goods = data_table("russia_goods_2009_2025", chart_tables)
    # customs row 4730: import,Russia,Grand Total,2022,1971.805002 bn yen at WDI 131.4981
    in_2022 = goods[goods["year"] == 2022]["value_usd"].sum()
    assert in_2022 == pytest.approx(1971.805002e9 / 131.498140443764, rel=1e-6)
    assert (goods["value_usd"] >= 0).all()
    assert set(goods["goods"]) >= {"Lng", "Coal", "Fish And Fish Preparation", "other goods"}
